package io.tributary.config;

import java.util.List;
import java.util.Optional;

/** Reads {@code poll:}, the fetch defaults every source starts from. */
final class PollSectionReader {
    static final List<String> KEYS =
            List.of("interval", "threads", "connect-timeout", "timeout", "max-bytes", "per-host", "proxy");

    private PollSectionReader() {
    }

    static PollSettings settings(Optional<Section> poll) {
        if (poll.isEmpty()) {
            return new PollSettings(PollSettings.DEFAULT_INTERVAL, PollSettings.DEFAULT_THREADS,
                    PollSettings.DEFAULT_CONNECT_TIMEOUT, PollSettings.DEFAULT_TIMEOUT, PollSettings.DEFAULT_MAX_BYTES);
        }
        Section section = poll.get();
        return new PollSettings(
                section.duration("interval", PollSettings.DEFAULT_INTERVAL),
                section.integer("threads", PollSettings.DEFAULT_THREADS, 1, Integer.MAX_VALUE),
                section.duration("connect-timeout", PollSettings.DEFAULT_CONNECT_TIMEOUT),
                section.duration("timeout", PollSettings.DEFAULT_TIMEOUT),
                section.size("max-bytes", PollSettings.DEFAULT_MAX_BYTES),
                section.integer("per-host", PollSettings.DEFAULT_PER_HOST, 1, Integer.MAX_VALUE),
                section.url("proxy", UrlText::proxy));
    }
}
