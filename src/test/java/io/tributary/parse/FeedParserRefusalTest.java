package io.tributary.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies that are not feeds, broken feeds and hostile feeds: each ends in a ParseException of the right kind. */
class FeedParserRefusalTest {
    private static final URI URL = URI.create("https://source.example.com/feed");
    private final FeedParser parser = new FeedParser();

    private ParseException refusal(byte[] body) {
        ParseException e = catchThrowableOfType(ParseException.class, () -> parser.parse(body, URL));
        assertThat(e).as("parse must refuse the body").isNotNull();
        return e;
    }

    private ParseException refusal(String body) {
        return refusal(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void callsAnHtmlPageNotAFeed() {
        ParseException e = refusal(FeedFixtures.bytes("html-page.html"));
        assertThat(e.kind()).isEqualTo(ParseException.Kind.NOT_A_FEED);
        assertThat(e.reason()).isEqualTo("not a feed: looks like an HTML page");
        assertThat(e.getMessage()).contains("parse", URL.toString());
    }

    @Test
    void callsAnXhtmlDocumentNotAFeed() {
        ParseException e = refusal("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>x</title></head><body/></html>");
        assertThat(e.kind()).isEqualTo(ParseException.Kind.NOT_A_FEED);
        assertThat(e.reason()).isEqualTo("not a feed: looks like an HTML page");
    }

    @Test
    void callsJsonNotAFeed() {
        ParseException e = refusal(FeedFixtures.bytes("json-body.json"));
        assertThat(e.kind()).isEqualTo(ParseException.Kind.NOT_A_FEED);
        assertThat(e.reason()).contains("JSON");
    }

    @Test
    void callsAnEmptyBodyNotAFeed() {
        assertThat(refusal(new byte[0]).kind()).isEqualTo(ParseException.Kind.NOT_A_FEED);
        assertThat(refusal("  \n ").kind()).isEqualTo(ParseException.Kind.NOT_A_FEED);
    }

    @Test
    void callsPlainTextNotAFeed() {
        assertThat(refusal("Service temporarily unavailable").kind()).isEqualTo(ParseException.Kind.NOT_A_FEED);
    }

    @Test
    void callsAnUnknownXmlFormatNotAFeed() {
        ParseException e = refusal("<?xml version=\"1.0\"?><note><to>you</to></note>");
        assertThat(e.kind()).isEqualTo(ParseException.Kind.NOT_A_FEED);
        assertThat(e.reason()).contains("<note>");
    }

    @Test
    void callsMalformedXmlInvalidWithTheLine() {
        ParseException e = refusal(FeedFixtures.bytes("malformed.xml"));
        assertThat(e.kind()).isEqualTo(ParseException.Kind.INVALID);
        assertThat(e.reason()).startsWith("malformed XML at line 8");
        assertThat(e.reason().length()).isLessThan(200);
    }

    @Test
    void refusesAnyDoctypeWithAnInternalSubsetAsInvalid() {
        ParseException e = refusal("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY who \"nobody\">]>\n"
                + "<rss version=\"0.91\"><channel><title>&who;</title></channel></rss>");
        assertThat(e.kind()).isEqualTo(ParseException.Kind.INVALID);
        assertThat(e.reason()).startsWith("DOCTYPE declarations are refused");
    }

    @Test
    void refusesADoctypeEvenWhenTheRestIsBroken() {
        ParseException e = refusal("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"x\">]><rss><channel>"
                + "<title>A & B</title><item><title>cut");
        assertThat(e.kind()).isEqualTo(ParseException.Kind.INVALID);
        assertThat(e.reason()).startsWith("DOCTYPE declarations are refused");
    }

    @Test
    void callsAJsonObjectThatIsNoJsonFeedNotAFeed() {
        ParseException e = refusal(FeedFixtures.bytes("json-not-a-feed-object.json"));
        assertThat(e.kind()).isEqualTo(ParseException.Kind.NOT_A_FEED);
        assertThat(e.reason()).contains("JSON");
    }

    @Test
    void callsBrokenJsonInvalid() {
        ParseException e = refusal("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [");
        assertThat(e.kind()).isEqualTo(ParseException.Kind.INVALID);
    }

    @Test
    void neverReadsAFileNamedByAnExternalEntity(@TempDir Path temp) throws Exception {
        String marker = "SECRET-MARKER-4f2c9a";
        Path secret = Files.writeString(temp.resolve("secret.txt"), marker);
        String xxe = new String(FeedFixtures.bytes("xxe-local-file.xml"), StandardCharsets.UTF_8)
                .replace("@SECRET_FILE_URI@", secret.toUri().toString());

        ParseException e = refusal(xxe);

        assertThat(e.kind()).isEqualTo(ParseException.Kind.INVALID);
        assertThat(everythingSaidAbout(e)).doesNotContain(marker);
    }

    @Test
    void neverReadsAFileNamedByAParameterEntity(@TempDir Path temp) throws Exception {
        String marker = "SECRET-MARKER-77e1d0";
        Path secret = Files.writeString(temp.resolve("secret.dtd"), "<!ENTITY leak \"" + marker + "\">");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + secret.toUri()
                + "\"> %remote;]><rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>";

        ParseException e = refusal(xxe);

        assertThat(e.kind()).isEqualTo(ParseException.Kind.INVALID);
        assertThat(everythingSaidAbout(e)).doesNotContain(marker);
    }

    @Test
    void refusesABillionLaughsDocumentQuickly() {
        byte[] bomb = FeedFixtures.bytes("billion-laughs.xml");
        ParseException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(bomb));
        assertThat(e.kind()).isEqualTo(ParseException.Kind.INVALID);
    }

    @Test
    void turnsAnyFailureInsideRomeIntoAParseException() {
        // Rome's base64 decoder throws an unchecked exception on an Atom 0.3 content that is not base64.
        ParseException e = refusal("<feed xmlns=\"http://purl.org/atom/ns#\" version=\"0.3\"><title>t</title>"
                + "<entry><title>e</title><content mode=\"base64\">%%%not base64%%%</content></entry></feed>");
        assertThat(e.kind()).isEqualTo(ParseException.Kind.INVALID);
        assertThat(e.reason()).startsWith("the feed parser failed");
    }

    /** Message, causes and stack trace: a leaked secret could hide in any of them. */
    private static String everythingSaidAbout(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
