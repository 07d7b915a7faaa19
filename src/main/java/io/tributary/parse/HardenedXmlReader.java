package io.tributary.parse;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.Locale;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.SAXException;

/**
 * Turns a feed body into an XML document without ever reading anything but the body.
 *
 * <p>Why not let Rome parse the bytes: Rome's own SAX set-up is close to this one, but we also
 * need the document itself (for {@code xml:base}), and the security settings of the one parser
 * that sees hostile bytes should be visible in this project, not inherited. Every setting below
 * is required: if the JAXP parser on the classpath does not support one, building fails and the
 * feed is refused rather than parsed insecurely (OWASP XXE prevention cheat sheet, "JDOM").
 */
final class HardenedXmlReader {
    private static final int MAX_REASON = 160;
    static final String DOCTYPE_REFUSED =
            "DOCTYPE declarations are refused (they can read local files or explode in memory)";

    /**
     * The document, or INVALID when the text is not well-formed XML or declares a DOCTYPE. The
     * text is already decoded ({@link BodyDecoder}), so an encoding declaration in it is ignored.
     */
    Document read(String text, URI documentUrl) throws ParseException {
        try (StringReader reader = new StringReader(text)) {
            return builder().build(reader);
        } catch (JDOMParseException e) {
            throw new ParseException(ParseException.Kind.INVALID, documentUrl, reasonFor(e), e);
        } catch (JDOMException e) {
            throw new ParseException(ParseException.Kind.INVALID, documentUrl,
                    "XML parser refused to start: " + shorten(e.getMessage()), e);
        } catch (IOException e) {
            throw new ParseException(ParseException.Kind.INVALID, documentUrl,
                    "unreadable text: " + shorten(e.getMessage()), e);
        }
    }

    private static SAXBuilder builder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        // A DOCTYPE is the only door to entities, external or recursive: refusing it closes
        // XXE and billion-laughs at once, before anything is expanded.
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        builder.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        builder.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        builder.setExpandEntities(false);
        return builder;
    }

    static boolean isDoctypeRefusal(ParseException e) {
        return e.reason().startsWith(DOCTYPE_REFUSED);
    }

    private static String reasonFor(JDOMParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
            return DOCTYPE_REFUSED;
        }
        // JDOM's message starts with "Error on line N: "; the line is kept, the prefix dropped.
        String detail = message.replaceFirst("^Error on line \\d+( of document [^:]*)?: ", "");
        return "malformed XML at line " + e.getLineNumber() + ": " + shorten(detail);
    }

    private static String shorten(String message) {
        if (message == null) {
            return "no detail";
        }
        return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "…";
    }
}
