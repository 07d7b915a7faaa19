package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggestionTest {
    private static final List<String> POLL_KEYS =
            List.of("interval", "threads", "connect-timeout", "timeout", "max-bytes");

    @Test
    void suggestsTheKeyOneTypoAway() {
        assertThat(KeySuggestion.closest("intervall", POLL_KEYS)).contains("interval");
    }

    @Test
    void suggestsTheKebabCaseKeyForSnakeOrCamelCase() {
        assertThat(KeySuggestion.closest("max_bytes", POLL_KEYS)).contains("max-bytes");
        assertThat(KeySuggestion.closest("maxBytes", POLL_KEYS)).contains("max-bytes");
        assertThat(KeySuggestion.closest("connectTimeout", POLL_KEYS)).contains("connect-timeout");
    }

    @Test
    void suggestsNothingForAKeyThatMeansSomethingElse() {
        assertThat(KeySuggestion.closest("colour", POLL_KEYS)).isEmpty();
    }

    @Test
    void suggestsNothingForAVeryShortKeyThatIsAllDifferent() {
        assertThat(KeySuggestion.closest("xy", List.of("id"))).isEmpty();
    }
}
