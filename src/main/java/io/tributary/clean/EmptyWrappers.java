package io.tributary.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tidies what sanitizing and boilerplate removal leave behind: elements that now hold nothing
 * ({@code <p></p>} where an iframe was, a {@code <div>} whose related-links list went) and
 * whitespace between blocks, so the output is compact.
 */
final class EmptyWrappers {
    /** Elements worth nothing when they hold no text and no image. Table parts are kept for the grid. */
    private static final Set<String> REMOVABLE = Set.of(
            "p", "div", "span", "b", "strong", "i", "em", "u", "s", "small", "sub", "sup", "mark",
            "blockquote", "q", "cite", "code", "pre", "kbd", "abbr", "ul", "ol", "li", "dl", "dt", "dd",
            "a", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "time");

    private static final Evaluator MEDIA = QueryParser.parse("img, hr, iframe");

    private EmptyWrappers() {
    }

    static void removeFrom(Element body) {
        List<Element> deepestFirst = new ArrayList<>(body.getAllElements());
        Collections.reverse(deepestFirst); // children before parents, so emptied parents go too
        for (Element element : deepestFirst) {
            if (element != body && REMOVABLE.contains(element.normalName()) && isEmpty(element)) {
                element.remove();
            }
        }
        removeBlankTextBetweenBlocks(body);
    }

    private static boolean isEmpty(Element element) {
        // hasText stops at the first word, where text() would build the whole subtree's text.
        return !element.hasText() && element.select(MEDIA).isEmpty();
    }

    private static void removeBlankTextBetweenBlocks(Element body) {
        List<TextNode> blanks = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (insidePre(element)) {
                continue; // whitespace inside pre is content
            }
            for (TextNode text : element.textNodes()) {
                if (text.isBlank() && bordersBlock(text)) {
                    blanks.add(text);
                }
            }
        }
        blanks.forEach(Node::remove);
    }

    private static boolean insidePre(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace next to a block, or at the start or end of a block, never shows. */
    private static boolean bordersBlock(TextNode text) {
        Node previous = text.previousSibling();
        Node next = text.nextSibling();
        boolean atBlockEdge = (previous == null || next == null) && isBlock(text.parentNode());
        return atBlockEdge || isBlock(previous) || isBlock(next);
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && (element.isBlock() || element.normalName().equals("body"));
    }
}
