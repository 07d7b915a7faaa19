package io.tributary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;

/**
 * Fuzzes {@link FeedParser#parse}: whatever bytes a source sends, the parser returns a feed or
 * throws its own {@link ParseException}, never anything else. In a normal build this replays the
 * seeds in {@code FeedParserFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes (README, "Proof").
 */
class FeedParserFuzzTest {
    private static final URI SOURCE = URI.create("https://fuzz.test/feed.xml");

    private final FeedParser parser = new FeedParser();

    @FuzzTest(maxDuration = "2m")
    void parsesOrRefusesAnyBody(byte[] body) {
        try {
            ParsedFeed feed = parser.parse(body, SOURCE);
            assertThat(feed.entries()).doesNotContainNull();
        } catch (ParseException refused) {
            // the documented way to say no: it must say why
            assertThat(refused.kind()).isNotNull();
            assertThat(refused.reason()).isNotBlank();
        }
    }
}
