package io.tributary.parse;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Finds the {@code xml:base} in scope for each entry of a feed document (XML Base, section 4.2:
 * a relative xml:base is resolved against the base of the parent element, and the outermost
 * against the document's URL).
 *
 * <p>Why here and not from Rome: Rome keeps only an entry's own xml:base, and only for Atom,
 * while a base set on the feed element applies to every entry inside it.
 */
final class XmlBases {
    private XmlBases() {
    }

    /** The in-scope xml:base of an element, resolved to an absolute URI when it can be. */
    static Optional<URI> inScope(Element element, URI documentUrl) {
        Deque<String> declared = new ArrayDeque<>();
        for (Element e = element; e != null; e = e.getParentElement()) {
            String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null && !base.isBlank()) {
                declared.push(base.strip());
            }
        }
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        URI resolved = documentUrl;
        for (String base : declared) {
            try {
                resolved = resolved.resolve(new URI(base));
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return Optional.empty(); // a broken xml:base is ignored, as browsers ignore a broken <base>
            }
        }
        return Optional.of(resolved);
    }

    /** Atom {@code entry} and RSS {@code item} elements: children of the root, else of the channel. */
    static List<Element> entryElements(Element root) {
        List<Element> entries = childrenNamed(root, "entry", "item");
        if (!entries.isEmpty()) {
            return entries;
        }
        List<Element> inChannels = new ArrayList<>();
        for (Element channel : childrenNamed(root, "channel")) {
            inChannels.addAll(childrenNamed(channel, "item"));
        }
        return inChannels;
    }

    private static List<Element> childrenNamed(Element parent, String... names) {
        List<Element> found = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            for (String name : names) {
                if (child.getName().equals(name)) {
                    found.add(child);
                }
            }
        }
        return found;
    }
}
