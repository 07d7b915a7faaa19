package io.tributary.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link PollScheduler#close} and the daily chores: stopped at once, waited for, never run after. */
class ChoreStopTest {
    private static final long WAIT_SECONDS = 30;

    @Test
    void closeAsksARunningChoreToStopAndReturnsOnlyOnceItEnded() throws Exception {
        PollScheduler scheduler = new PollScheduler(1, name -> { });
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch stopAsked = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        scheduler.daily("slow", () -> {
            running.countDown();
            // a long chore that only a stop ends, as a prune between two of its batches
            awaitQuietly(stopAsked);
            ended.set(true);
        }, stopAsked::countDown, Instant.now());
        scheduler.start();
        assertThat(running.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        CompletableFuture.runAsync(() -> closeQuietly(scheduler)).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(ended).isTrue();
    }

    @Test
    void closeAsksAChoreToStopEvenWhenItIsNotRunning() throws Exception {
        PollScheduler scheduler = new PollScheduler(1, name -> { });
        AtomicInteger stops = new AtomicInteger();
        scheduler.daily("later", () -> { }, stops::incrementAndGet, Instant.now().plusSeconds(3_600));
        scheduler.start();

        scheduler.close();

        assertThat(stops).hasValue(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(PollScheduler scheduler) {
        try {
            scheduler.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
