package io.tributary.fetch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Cuts a fetch off when its total time is up.
 *
 * <p>Socket timeouts alone cannot do this: they bound the silence between two packets, so a
 * server that sends one byte every few seconds (an endless trickle) never trips them. The
 * watchdog instead aborts the request at a fixed deadline, which closes its connection and makes
 * whatever read or wait is in progress fail at once.
 */
final class Watchdog implements AutoCloseable {

    /** One watch over one request; close it when the fetch is done so it never fires late. */
    static final class Watch implements AutoCloseable {
        private final AtomicBoolean fired = new AtomicBoolean();
        private volatile ScheduledFuture<?> alarm;

        /** Whether the deadline passed and the request was aborted. */
        boolean fired() {
            return fired.get();
        }

        @Override
        public void close() {
            ScheduledFuture<?> pending = alarm;
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }

    private final ScheduledExecutorService timer;

    Watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("tributary-fetch-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        // Most fetches finish in time; their cancelled alarms should not pile up in the queue.
        executor.setRemoveOnCancelPolicy(true);
        this.timer = executor;
    }

    /** Starts watching {@code request}: it is cancelled if still running after {@code timeout}. */
    Watch watch(Cancellable request, Duration timeout) {
        Watch watch = new Watch();
        watch.alarm = timer.schedule(() -> {
            watch.fired.set(true);
            request.cancel();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return watch;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
