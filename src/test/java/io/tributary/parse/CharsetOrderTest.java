package io.tributary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The charset of a feed: byte order mark first, then the HTTP {@code Content-Type} charset, then
 * the XML declaration (RFC 7303), as {@link FeedParser#parse(byte[], URI, Optional)} applies it.
 */
class CharsetOrderTest {
    private static final URI URL = URI.create("https://cafe.example.org/feed");
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private final FeedParser parser = new FeedParser();

    @Test
    void theHttpCharsetWinsOverTheXmlDeclaration() throws ParseException {
        byte[] body = feed("UTF-8", "Café", LATIN_1);

        assertThat(title(body, "application/rss+xml; charset=iso-8859-1")).isEqualTo("Café");
    }

    @Test
    void aByteOrderMarkWinsOverTheHttpCharset() throws ParseException {
        byte[] body = withBom(feed("UTF-8", "Café", StandardCharsets.UTF_8));

        assertThat(title(body, "text/xml; charset=ISO-8859-1")).isEqualTo("Café");
    }

    @Test
    void withoutAnHttpCharsetTheXmlDeclarationDecides() throws ParseException {
        byte[] body = feed("ISO-8859-1", "Café", LATIN_1);

        assertThat(title(body, "application/rss+xml")).isEqualTo("Café");
    }

    @Test
    void anHttpCharsetThatCannotDecodeTheBodyIsIgnored() throws ParseException {
        byte[] body = feed("ISO-8859-1", "Café", LATIN_1);

        assertThat(title(body, "application/xml; charset=utf-8")).isEqualTo("Café");
    }

    @Test
    void anUnknownHttpCharsetIsIgnored() throws ParseException {
        byte[] body = feed("UTF-8", "Café", StandardCharsets.UTF_8);

        assertThat(title(body, "application/xml; charset=no-such-charset")).isEqualTo("Café");
    }

    private String title(byte[] body, String contentType) throws ParseException {
        return parser.parse(body, URL, Optional.of(contentType)).title().orElseThrow();
    }

    private static byte[] feed(String declared, String title, Charset actual) {
        String xml = "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>\n<rss version=\"2.0\"><channel><title>"
                + title + "</title><link>https://cafe.example.org/</link><description>Menu</description>"
                + "<item><title>Soup</title><link>https://cafe.example.org/soup</link></item></channel></rss>";
        return xml.getBytes(actual);
    }

    private static byte[] withBom(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        out.writeBytes(body);
        return out.toByteArray();
    }
}
