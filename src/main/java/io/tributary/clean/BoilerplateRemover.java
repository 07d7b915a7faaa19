package io.tributary.clean;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Applies {@link BoilerplateRule}s to a sanitized body. */
final class BoilerplateRemover {
    /**
     * Elements that can hold a rule's phrase: headings, paragraphs, pseudo-headings. Checking the
     * tag first keeps the search from computing the text of every element.
     */
    private static final Set<String> HOLDERS = Set.of(
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "b", "em", "i", "small", "span",
            "dt", "li", "blockquote");

    /**
     * Clutter markers are a heading, a button or a footer sentence; an element with more text than
     * this is content (or holds content), and is not matched, which keeps a long body from being
     * run through every rule's pattern at every level.
     */
    static final int MAX_MARKER_TEXT = 600;
    /** Likewise, a marker has few child elements; a container of many is skipped before its text is built. */
    static final int MAX_MARKER_CHILDREN = 8;

    private final List<BoilerplateRule> rules;

    BoilerplateRemover(List<BoilerplateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    void removeFrom(Element body) {
        if (rules.isEmpty()) {
            return;
        }
        // One removal can detach later matches, so the search starts again after each; each
        // element's text is tried against every rule. A removal changes only the text and child
        // count of the removed element's ancestors (what comes before an element, which decides
        // "content before", lies outside the removed part), so an element found clear stays
        // clear unless it is such an ancestor: the next search skips it without building its
        // text again. Same matches, in the same order, as searching everything afresh.
        Set<Element> clear = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Optional<Match> match = firstMatch(body, clear); match.isPresent(); match = firstMatch(body, clear)) {
            Element element = match.get().element();
            for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
                clear.remove(ancestor);
            }
            remove(element, match.get().rule().extent());
        }
    }

    private record Match(Element element, BoilerplateRule rule) {
    }

    private Optional<Match> firstMatch(Element body, Set<Element> clear) {
        for (Element element : body.getAllElements()) {
            if (element == body || clear.contains(element) || !HOLDERS.contains(element.normalName())
                    || element.childrenSize() > MAX_MARKER_CHILDREN) {
                continue;
            }
            String text = element.text();
            if (text.length() > MAX_MARKER_TEXT) {
                clear.add(element);
                continue;
            }
            for (BoilerplateRule rule : rules) {
                if (rule.matches(text)
                        && (rule.extent() == BoilerplateRule.Extent.ELEMENT || hasContentBefore(element, body))) {
                    return Optional.of(new Match(element, rule));
                }
            }
            clear.add(element);
        }
        return Optional.empty();
    }

    private static void remove(Element element, BoilerplateRule.Extent extent) {
        if (extent == BoilerplateRule.Extent.REST_OF_PARENT) {
            Node next = element.nextSibling();
            while (next != null) {
                Node following = next.nextSibling();
                next.remove();
                next = following;
            }
        }
        element.remove();
    }

    /** Whether any text or image comes before the element in the body. */
    private static boolean hasContentBefore(Element element, Element body) {
        for (Node node = element; node != null && node != body; node = node.parentNode()) {
            for (Node sibling = node.previousSibling(); sibling != null; sibling = sibling.previousSibling()) {
                if (hasContent(sibling)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasContent(Node node) {
        if (node instanceof TextNode text) {
            return !PlainText.isBlank(text.text());
        }
        if (node instanceof Element element) {
            return !PlainText.isBlank(element.text()) || !element.getElementsByTag("img").isEmpty();
        }
        return false;
    }
}
