package io.tributary.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One 429 holds back one source; several on one host hold back the host. */
class HostPenaltiesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final HostPenalties penalties = new HostPenalties();

    @Test
    void oneSourceToldToWaitLeavesItsHostAlone() {
        penalties.told("feeds.example.org", "Alpha", NOW.plusSeconds(600));

        assertThat(penalties.hostWait("feeds.example.org", NOW)).isEmpty();
    }

    @Test
    void twoSourcesToldToWaitSlowTheWholeHostDown() {
        penalties.told("feeds.example.org", "Alpha", NOW.plusSeconds(600));
        penalties.told("FEEDS.example.org", "Beta", NOW.plusSeconds(300));

        assertThat(penalties.hostWait("feeds.example.org", NOW)).contains(NOW.plusSeconds(300));
        assertThat(penalties.hostWait("other.example.org", NOW)).isEmpty();
    }

    @Test
    void theHostWaitEndsWhenTheWaitsRunOut() {
        penalties.told("feeds.example.org", "Alpha", NOW.plusSeconds(600));
        penalties.told("feeds.example.org", "Beta", NOW.plusSeconds(300));

        assertThat(penalties.hostWait("feeds.example.org", NOW.plusSeconds(301))).isEmpty();
    }

    @Test
    void aSuccessClearsTheSourcesWait() {
        penalties.told("feeds.example.org", "Alpha", NOW.plusSeconds(600));
        penalties.told("feeds.example.org", "Beta", NOW.plusSeconds(300));

        penalties.cleared("feeds.example.org", "Beta");

        assertThat(penalties.hostWait("feeds.example.org", NOW)).isEmpty();
    }
}
