package io.tributary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Fri, 17 May 2024 09:30:00 +0000 | 2024-05-17T09:30:00Z",
        "Fri, 17 May 2024 09:30:00 GMT   | 2024-05-17T09:30:00Z",
        "Fri, 17 May 2024 05:30:00 EDT   | 2024-05-17T09:30:00Z",
        "Fri, 17 May 2024 04:30:00 EST   | 2024-05-17T09:30:00Z",
        "Fri, 17 May 2024 02:30:00 PDT   | 2024-05-17T09:30:00Z",
        "Fri, 17 May 2024 11:30:00 CEST  | 2024-05-17T09:30:00Z",
        "Fri, 17 May 2024 09:30 GMT      | 2024-05-17T09:30:00Z",
        "Fri, 17 May 24 09:30:00 GMT     | 2024-05-17T09:30:00Z",
        "Sun, 17 Jan 99 09:30:00 GMT     | 1999-01-17T09:30:00Z",
        "FRI, 17 MAY 2024 09:30:00 GMT   | 2024-05-17T09:30:00Z",
        "friday, 17 may 2024 09:30:00 gmt | 2024-05-17T09:30:00Z",
        "17 May 2024 09:30:00 +0200      | 2024-05-17T07:30:00Z",
        "17 May 2024 09:30:00            | 2024-05-17T09:30:00Z",
        "Fri, 17 May 2024 09:30:00 +05:30 | 2024-05-17T04:00:00Z",
        "Fri, 7 June 2024 09:30:00 GMT   | 2024-06-07T09:30:00Z",
        "2024-05-17T09:30:00Z            | 2024-05-17T09:30:00Z",
        "2024-05-17T09:30:00+02:00       | 2024-05-17T07:30:00Z",
        "2024-05-17T09:30:00+0200        | 2024-05-17T07:30:00Z",
        "2024-05-17T09:30+02:00          | 2024-05-17T07:30:00Z",
        "2024-05-17 09:30:00             | 2024-05-17T09:30:00Z",
        "2024-05-17T09:30:00.123456Z     | 2024-05-17T09:30:00.123456Z",
        "2024-05-17T09:30:00,5-01:00     | 2024-05-17T10:30:00.5Z",
        "2024-05-17                      | 2024-05-17T00:00:00Z",
    })
    void readsCommonDateVariants(String text, String expected) {
        assertThat(DateText.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "31 Feb 2024 10:00:00 GMT", "2024-13-01T00:00:00Z",
        "Fri, 17 Smarch 2024 09:30:00 GMT"})
    void givesNothingForTextThatIsNoDate(String text) {
        assertThat(DateText.parse(text)).isEmpty();
    }
}
