package io.tributary.clean;

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

    private final List<BoilerplateRule> rules;

    BoilerplateRemover(List<BoilerplateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    void removeFrom(Element body) {
        for (BoilerplateRule rule : rules) {
            // One removal can detach later matches, so the search starts again after each.
            for (Optional<Element> match = firstMatch(body, rule); match.isPresent(); match = firstMatch(body, rule)) {
                remove(match.get(), rule.extent());
            }
        }
    }

    private static Optional<Element> firstMatch(Element body, BoilerplateRule rule) {
        for (Element element : body.getAllElements()) {
            if (element == body || !HOLDERS.contains(element.normalName()) || !rule.matches(element.text())) {
                continue;
            }
            if (rule.extent() == BoilerplateRule.Extent.ELEMENT || hasContentBefore(element, body)) {
                return Optional.of(element);
            }
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
            return !PlainText.isBlank(element.text()) || !element.select("img").isEmpty();
        }
        return false;
    }
}
