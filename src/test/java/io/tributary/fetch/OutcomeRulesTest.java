package io.tributary.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.RedirectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status and failure table on its own, for the cases a live server cannot easily produce. */
class OutcomeRulesTest {

    private final OutcomeRules rules = new OutcomeRules(Duration.ofSeconds(30), Duration.ofMillis(1500));

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            200 | OK           | ok
            203 | OK           | ok
            204 | OK           | ok
            304 | NOT_MODIFIED | not modified
            300 | ERROR        | HTTP 300
            301 | ERROR        | HTTP 301
            401 | ERROR        | HTTP 401
            410 | GONE         | HTTP 410
            429 | RATE_LIMITED | HTTP 429
            503 | RATE_LIMITED | HTTP 503
            502 | ERROR        | HTTP 502
            """)
    void mapsEveryStatusClass(int status, FetchOutcome outcome, String message) {
        assertThat(rules.forStatus(status, Optional.empty())).isEqualTo(new Verdict(outcome, message));
    }

    @Test
    void passedDeadlineWinsOverWhateverTheAbortThrew() {
        Verdict verdict = rules.forFailure(new ConnectException("Socket closed"), true);

        assertThat(verdict).isEqualTo(new Verdict(FetchOutcome.TIMEOUT, "timed out after 30s"));
    }

    @Test
    void connectTimeoutNamesTheConnectLimit() {
        Verdict verdict = rules.forFailure(new ConnectTimeoutException("Connect timed out"), false);

        assertThat(verdict).isEqualTo(new Verdict(FetchOutcome.TIMEOUT, "connect timed out after 1500ms"));
    }

    @Test
    void silentSocketIsATimeout() {
        Verdict verdict = rules.forFailure(new SocketTimeoutException("Read timed out"), false);

        assertThat(verdict).isEqualTo(new Verdict(FetchOutcome.TIMEOUT, "timed out after 30s"));
    }

    @Test
    void findsTheCauseThroughTheClientsWrapping() {
        IOException wrapped = new ClientProtocolException(new RedirectException("Maximum redirects (5) exceeded"));

        assertThat(rules.forFailure(wrapped, false)).isEqualTo(new Verdict(FetchOutcome.ERROR, "too many redirects"));
    }

    @Test
    void unknownFailureKeepsAShortenedReason() {
        Verdict verdict = rules.forFailure(new IOException("x".repeat(500)), false);

        assertThat(verdict.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(verdict.message()).startsWith("I/O error: xxx").hasSizeLessThan(100);
    }

    @Test
    void longRetryAfterIsShortened() {
        Verdict verdict = rules.forStatus(429, Optional.of("9".repeat(500)));

        assertThat(verdict.message()).startsWith("HTTP 429, retry after 999").hasSizeLessThan(120);
    }
}
