package io.tributary.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever random damage is done to the fixture feeds, the parser returns a feed or
 * throws {@link ParseException}, nothing else, and never hangs. Seeded, so a failure repeats.
 */
class FeedMutationTest {
    private static final long SEED = 0x7151_2024L;
    private static final int ITERATIONS = 2000;
    private static final List<String> FIXTURES = List.of("rss090.xml", "rss091.xml", "rss092.xml", "rss094.xml",
            "rss1-rdf.xml", "rss2-content-encoded.xml", "rss2-podcast.xml", "atom03.xml", "atom1-content-types.xml",
            "atom1-xml-base.xml", "atom1-enclosure-hub-rights.xml", "dirty-content.xml", "json-feed-1.0.json",
            "json-feed-1.1.json", "recover-truncated.xml", "recover-html-entities.xml");
    private static final String[] TOKENS = {"<", ">", "&", ";", "\"", "'", "]]>", "<![CDATA[", "<!--", "-->", "<?",
        "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">]>", "<!DOCTYPE html>", "&nbsp;", "&#0;", "&#x1F600;", "&bogus;",
        "\u0000", "\u0001", "\uFFFE", "\uD800", "</item>", "<item>", "<entry>", "</entry>", "</channel>", "<rss>",
        "xml:base=\"::\"", "{", "}", "[", "]", "\"version\": 1", "<pubDate>Fri, 31 Feb 2024 25:61:61 XYZ</pubDate>",
        "<enclosure url=\"\" length=\"-1\"/>", "<media:content url=\"x\" fileSize=\"99999999999999999999\"/>"};

    @Test
    void throwsNothingButParseExceptionOnRandomDamage() {
        FeedParser parser = new FeedParser();
        Random random = new Random(SEED);
        List<byte[]> originals = new ArrayList<>();
        FIXTURES.forEach(name -> originals.add(FeedFixtures.bytes(name)));
        URI url = URI.create("https://mutant.example.com/feed");

        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int i = 0; i < ITERATIONS; i++) {
                byte[] body = mutate(originals.get(random.nextInt(originals.size())), random);
                try {
                    parser.parse(body, url);
                    outcomes[0]++;
                } catch (ParseException expected) {
                    outcomes[1]++;
                } catch (Throwable unexpected) {
                    throw new AssertionError("iteration " + i + " threw " + unexpected + " on:\n"
                            + new String(body, StandardCharsets.UTF_8), unexpected);
                }
            }
        });
        // Both paths must have been exercised, or the mutations are too weak or too strong to prove much.
        assertThat(outcomes[0]).isGreaterThan(ITERATIONS / 20);
        assertThat(outcomes[1]).isGreaterThan(ITERATIONS / 20);
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] body = original;
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && body.length > 0; m++) {
            int at = random.nextInt(body.length);
            int span = Math.min(body.length - at, 1 + random.nextInt(64));
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
            switch (random.nextInt(6)) {
                case 0 -> { // delete a range
                    out.write(body, 0, at);
                    out.write(body, at + span, body.length - at - span);
                }
                case 1 -> { // duplicate a range
                    out.write(body, 0, at + span);
                    out.write(body, at, body.length - at);
                }
                case 2 -> { // insert a troublesome token
                    out.write(body, 0, at);
                    out.writeBytes(TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                    out.write(body, at, body.length - at);
                }
                case 3 -> out.write(body, 0, at); // cut off
                case 4 -> { // random bytes
                    out.write(body, 0, body.length);
                    byte[] copy = out.toByteArray();
                    for (int j = 0; j < 1 + random.nextInt(8); j++) {
                        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                    }
                    out.reset();
                    out.writeBytes(copy);
                }
                default -> { // swap two ranges' order
                    out.write(body, at, body.length - at);
                    out.write(body, 0, at);
                }
            }
            body = out.toByteArray();
        }
        return body;
    }
}
