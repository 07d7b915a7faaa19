package io.tributary.publish;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** A written feed parsed back, to ask what a feed reader would see in it. */
final class AtomDom {
    private final Document document;

    private AtomDom(Document document) {
        this.document = document;
    }

    static AtomDom parse(byte[] feed) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return new AtomDom(factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed)));
    }

    Element feed() {
        return document.getDocumentElement();
    }

    List<Element> entries() {
        return children(feed(), "entry");
    }

    /** Direct children of {@code parent} named {@code name} in the Atom namespace. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && AtomFeedWriter.ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError("expected one atom:" + name + ", found " + found.size());
        }
        return found.get(0);
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    /** The {@code atom:link} children with {@code rel}. */
    static List<Element> links(Element parent, String rel) {
        List<Element> links = new ArrayList<>(children(parent, "link"));
        links.removeIf(link -> !rel.equals(link.getAttribute("rel")));
        return links;
    }
}
