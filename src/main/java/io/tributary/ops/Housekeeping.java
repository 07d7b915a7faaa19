package io.tributary.ops;

import io.tributary.config.Config;
import io.tributary.config.TopicRule;
import io.tributary.store.PruneReport;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily chore: prunes stories beyond {@code retention: {max-age, max-entries}} (never one on a
 * current feed page) and compacts the store so the space is given back.
 *
 * <p>At the stop of the process {@link #stop} makes a run in progress end at its next safe point
 * (between two batches of the prune: what is removed is committed and whole, the next run removes
 * the rest) and skips the compaction, which cannot be cut short.
 */
public final class Housekeeping implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final Supplier<Config> config;
    private final Store store;
    private final Runnable afterPrune;
    private final Clock clock;
    private final Runnable atSafePoint;
    private final AtomicBoolean stopping = new AtomicBoolean();

    /**
     * @param config     the config running now (read at each run: retention may be edited)
     * @param store      the store to prune
     * @param afterPrune called when stories were removed (renders the site again)
     */
    public Housekeeping(Supplier<Config> config, Store store, Runnable afterPrune, Clock clock) {
        this(config, store, afterPrune, clock, () -> { });
    }

    /**
     * As above, with {@code atSafePoint} run each time a prune looks whether to stop (before each
     * of its batches, and between the topic pages it reads): a test's hook.
     */
    Housekeeping(Supplier<Config> config, Store store, Runnable afterPrune, Clock clock, Runnable atSafePoint) {
        this.config = config;
        this.store = store;
        this.afterPrune = afterPrune;
        this.clock = clock;
        this.atSafePoint = atSafePoint;
    }

    /** Prunes and compacts once; failures are logged, never thrown (the next day tries again). */
    @Override
    public void run() {
        if (stopping.get()) {
            return;
        }
        try {
            PruneReport report = prune();
            // at a stop the site is rendered again at the next start (the change counter moved)
            if (report.stories() > 0 && !stopping.get()) {
                afterPrune.run();
                // a compaction rewrites the whole store and holds every poll back while it runs:
                // worth it only when there is freed space to give back
                store.compact();
            }
        } catch (StoreException | RuntimeException e) {
            LOG.error("housekeeping failed", e);
        }
    }

    /** Prunes once and says what it removed. */
    public PruneReport prune() throws StoreException {
        Config current = config.get();
        long started = System.nanoTime();
        PruneReport report = store.prune(clock.instant().minus(current.retention().maxAge()),
                current.retention().maxEntries(), current.publish().entries(),
                current.topics().stream().map(TopicRule::name).collect(Collectors.toList()), () -> {
                    atSafePoint.run();
                    return stopping.get();
                });
        if (stopping.get()) {
            LOG.info("housekeeping: stop asked; removed {} stories ({} entries) before stopping at a safe point, "
                    + "the next run removes any left", report.stories(), report.entries());
            return report;
        }
        LOG.info("housekeeping: removed {} stories ({} entries) beyond max-age {} / max-entries {} in {} ms",
                report.stories(), report.entries(), current.retention().maxAge(), current.retention().maxEntries(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /**
     * Asks a run in progress to end at its next safe point, and every later run to do nothing:
     * for the stop of the process. Returns at once.
     */
    public void stop() {
        stopping.set(true);
    }
}
