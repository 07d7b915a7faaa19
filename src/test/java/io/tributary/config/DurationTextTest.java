package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest(name = "{0} is {1} ms")
    @CsvSource({
        "500ms, 500",
        "30s, 30000",
        "15m, 900000",
        "2h, 7200000",
        "1d, 86400000",
        "1h30m, 5400000",
        "1d2h3m4s5ms, 93784005",
        "'1h 30m', 5400000",
        "'10 s', 10000",
        "' 15m ', 900000",
        "15M, 900000",
        "0s, 0",
    })
    void readsUnitsAndCombinations(String text, long millis) {
        assertThat(DurationText.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void readsMillisecondsAsMillisecondsNotMinutes() {
        assertThat(DurationText.parse("5ms")).isEqualTo(Duration.ofMillis(5));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   ", "30", "soon", "15 minutes", "-5m", "1.5h", "1h30", "m", "15w", "15m!", "PT15M"})
    void refusesTextThatIsNotADuration(String text) {
        assertThatThrownBy(() -> DurationText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write it like 500ms, 30s, 15m, 2h, 1d or 1h30m");
    }

    @Test
    void asksForAUnitWhenGivenABareNumber() {
        assertThatThrownBy(() -> DurationText.parse("30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'30' needs a unit");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"30m1h", "1m30m", "5s5s"})
    void refusesUnitsOutOfOrderOrRepeated(String text) {
        assertThatThrownBy(() -> DurationText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give each unit once, largest first");
    }

    @Test
    void refusesADurationTooLongToHold() {
        assertThatThrownBy(() -> DurationText.parse("99999999999999999999999d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long");
    }
}
