package io.tributary.ops;

import io.tributary.config.Config;
import io.tributary.publish.DynamicPage;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pages for operators that {@code run} serves next to the feeds: {@code /status},
 * {@code /api/status} and {@code /metrics}. Each is made per request from the store.
 */
public final class OperatorRoutes {
    public static final String STATUS = "/status";
    public static final String API_STATUS = "/api/status";
    public static final String METRICS = "/metrics";

    private final Supplier<Config> config;
    private final Store store;
    private final Function<String, Optional<Instant>> nextPoll;
    private final Supplier<Optional<String>> configError;
    private final PollMetrics metrics;
    private final Clock clock;

    public OperatorRoutes(Supplier<Config> config, Store store, Function<String, Optional<Instant>> nextPoll,
                          Supplier<Optional<String>> configError, PollMetrics metrics, Clock clock) {
        this.config = config;
        this.store = store;
        this.nextPoll = nextPoll;
        this.configError = configError;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Path to page, for {@code FeedServer}. */
    public Map<String, Supplier<DynamicPage>> routes() {
        return Map.of(
                STATUS, () -> page(() -> DynamicPage.html(new StatusPage().write(report()), StatusPage.POLICY)),
                API_STATUS, () -> page("application/json", () -> new StatusJson().write(report())),
                METRICS, () -> page(MetricsText.CONTENT_TYPE, () -> new MetricsText().write(metrics,
                        store.sourceHealth(config.get().sources()), store.size())));
    }

    private StatusReport report() throws StoreException {
        return new StatusReader(store).read(config.get().sources(), nextPoll, configError.get(), clock.instant());
    }

    /** A store that cannot be read is a 503 with a one-line reason, never a stack trace. */
    private static DynamicPage page(String contentType, Body body) {
        return page(() -> DynamicPage.ok(contentType, body.make()));
    }

    private static DynamicPage page(Answer answer) {
        try {
            return answer.make();
        } catch (StoreException e) {
            return new DynamicPage(503, "text/plain; charset=utf-8",
                    "store unavailable\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    @FunctionalInterface
    private interface Body {
        byte[] make() throws StoreException;
    }

    @FunctionalInterface
    private interface Answer {
        DynamicPage make() throws StoreException;
    }
}
