package io.tributary.parse;

import java.net.URI;
import org.jdom2.Document;

/**
 * Reads a feed body as XML the way a lenient reader does, and says whether it had to recover.
 *
 * <p>Order: the body is decoded ({@link BodyDecoder}); white space before the prolog and a DOCTYPE
 * without internal subset are dropped; then a strict parse. Only if that fails are the text
 * repairs of {@link XmlRepair} tried, mildest first: entities, bare ampersands and control
 * characters; then cutting after the last complete entry and closing what is open. The first
 * version that parses wins; if none does, the strict parse's error is the one reported, since it
 * points at the real mistake.
 *
 * <p>A DOCTYPE that is left (one with an internal subset: entity declarations, external entities,
 * expansion bombs) is refused before any parse, and never repaired: nothing else is read.
 */
final class RecoveringXmlReader {
    private final BodyDecoder decoder = new BodyDecoder();
    private final HardenedXmlReader xml = new HardenedXmlReader();

    /** A parsed document and whether any repair was needed to get it. */
    record Read(Document document, boolean recovered) {
    }

    Read read(byte[] body, URI documentUrl) throws ParseException {
        BodyDecoder.Decoded decoded = decoder.decode(body);
        String text = XmlRepair.fromFirstMarkup(decoded.text());
        // White space before a root element is legal; before an XML declaration it is not.
        boolean strayLead = text.length() != decoded.text().length() && text.startsWith("<?xml");
        boolean recovered = decoded.guessed() || strayLead;
        text = XmlRepair.withoutPlainDoctype(text);
        if (XmlRepair.hasDoctype(text)) {
            throw new ParseException(ParseException.Kind.INVALID, documentUrl, HardenedXmlReader.DOCTYPE_REFUSED, null);
        }
        ParseException strictError;
        try {
            return new Read(xml.read(text, documentUrl), recovered);
        } catch (ParseException e) {
            strictError = e;
        }
        String fixed = XmlRepair.fixEntitiesAndControls(text);
        try {
            return new Read(xml.read(fixed, documentUrl), true);
        } catch (ParseException e) {
            // try the next repair
        }
        try {
            return new Read(xml.read(XmlRepair.closedAfterLastEntry(fixed), documentUrl), true);
        } catch (ParseException e) {
            throw strictError;
        }
    }
}
