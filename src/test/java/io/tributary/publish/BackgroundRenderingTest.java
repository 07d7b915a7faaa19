package io.tributary.publish;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundRenderingTest {
    @Test
    void returnsToThePollWhileTheRenderingRunsElsewhere() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> renderer = new AtomicReference<>();
        try (BackgroundRendering renders = new BackgroundRendering(() -> {
            renderer.set(Thread.currentThread().getName());
            started.countDown();
            await(release);
        })) {
            renders.request(); // would never return if it rendered on this thread

            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(renderer.get()).isEqualTo("tributary-render").isNotEqualTo(Thread.currentThread().getName());
            release.countDown();
        }
    }

    @Test
    void rendersOnceMoreForAllTheRequestsMadeDuringARendering() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        AtomicInteger renderings = new AtomicInteger();
        try (BackgroundRendering renders = new BackgroundRendering(() -> {
            if (renderings.incrementAndGet() == 1) {
                firstStarted.countDown();
                await(release);
            }
        })) {
            renders.request();
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int poll = 0; poll < 50; poll++) {
                renders.request();
            }
            release.countDown();
        } // close waits for the renderings asked for

        assertThat(renderings).hasValue(2);
    }

    @Test
    void rendersNothingOnceClosed() {
        AtomicInteger renderings = new AtomicInteger();
        BackgroundRendering renders = new BackgroundRendering(renderings::incrementAndGet);
        renders.close();

        renders.request();

        assertThat(renderings).hasValue(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
