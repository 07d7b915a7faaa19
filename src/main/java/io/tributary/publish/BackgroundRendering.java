package io.tributary.publish;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Renders the site on a thread of its own when asked, so that the polls asking go on polling. A
 * rendering reads the store and writes every feed; on a big store, or with readers loading the
 * server, it takes seconds, and polls that each waited for it would all queue behind one
 * rendering at a time, polling far less often than configured. Requests that come while one is
 * waiting to start are one rendering; a request during a rendering gets one more after it, which
 * sees every change made meanwhile.
 */
public final class BackgroundRendering implements AutoCloseable {
    private final Runnable render;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread renderer = new Thread(runnable, "tributary-render");
        renderer.setDaemon(true);
        return renderer;
    });

    /** @param render renders the site again if the store changed ({@link LiveSite#refresh}) */
    public BackgroundRendering(Runnable render) {
        this.render = render;
    }

    /** Asks for a rendering soon; returns at once. Nothing happens once closed. */
    public void request() {
        if (!waiting.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                waiting.set(false);
                render.run();
            });
        } catch (RejectedExecutionException closed) {
            waiting.set(false);
        }
    }

    /** Takes no more requests and lets a rendering under way finish (for a few seconds at most). */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
