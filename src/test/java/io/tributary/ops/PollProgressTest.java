package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.pipeline.PollReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PollProgressTest {
    @Test
    void countsDoneOkAndFailedAndNamesTheSlowestSources() {
        PollProgress progress = new PollProgress(new PrintWriter(new StringWriter()), 4);

        progress.polled(new PollReport("Quick", "ok", 0, 0, 0, 100, false));
        progress.polled(new PollReport("Sluggish", "timeout", 0, 0, 0, 9_000, true));
        progress.polled(new PollReport("Middling", "ok", 0, 0, 0, 2_500, false));

        assertThat(progress.line()).contains("3/4").contains("ok 2").contains("failed 1")
                .contains("slowest: Sluggish 9.0s, Middling 2.5s, Quick 0.1s");
    }

    @Test
    void redrawsOneLineInPlaceAndErasesItWhenDone() {
        StringWriter terminal = new StringWriter();
        PollProgress progress = new PollProgress(new PrintWriter(terminal), 1);

        progress.polled(new PollReport("Only", "ok", 1, 0, 0, 10, false));

        assertThat(terminal.toString()).startsWith("\r[").endsWith("\r\033[K").doesNotContain("\n");
    }
}
