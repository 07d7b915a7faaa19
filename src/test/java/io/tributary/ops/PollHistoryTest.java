package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.SourceConfig;
import io.tributary.store.PollRecord;
import io.tributary.store.Store;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollHistoryTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void keepsTheNewestFiftyPollsOfEachSource() throws Exception {
        SourceConfig busy = StoredPolls.source("Busy");
        SourceConfig quiet = StoredPolls.source("Quiet");
        try (Store store = Store.open(StoredPolls.memory())) {
            StoredPolls polls = new StoredPolls(store);
            for (int i = 0; i < 60; i++) {
                polls.ok(busy, START.plusSeconds(60L * i), i);
            }
            polls.failed(quiet, START, 7, "timeout", "slow");

            List<PollRecord> kept = store.pollHistory().get("Busy");
            assertThat(kept).hasSize(50);
            assertThat(kept.get(0).millis()).isEqualTo(10);
            assertThat(kept.get(49).millis()).isEqualTo(59);
            assertThat(store.pollHistory().get("Quiet")).singleElement()
                    .satisfies(poll -> assertThat(poll.success()).isFalse());
        }
    }

    @Test
    void recordsWhatEachPollWrote() throws Exception {
        SourceConfig source = StoredPolls.source("Counter");
        try (Store store = Store.open(StoredPolls.memory())) {
            new StoredPolls(store).ok(source, START, 12, StoredPolls.Item.of("One", START),
                    StoredPolls.Item.of("Two", START));

            PollRecord poll = store.pollHistory().get("Counter").get(0);
            assertThat(poll.fresh()).isEqualTo(2);
            assertThat(poll.status()).isEqualTo("ok");
            assertThat(poll.at()).isEqualTo(START);
        }
    }
}
