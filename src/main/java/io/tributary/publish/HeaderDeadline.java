package io.tributary.publish;

import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection whose request has not been read whole (request line and headers) within
 * a deadline of its first byte. Jetty's idle timeout is reset by every byte, so a slowloris
 * client that sends a header line every few seconds would hold its connection forever; Jetty 12
 * has no header-read timeout of its own, so this checks each connection's parser about four
 * times per deadline.
 *
 * <p>It reads Jetty's {@code HttpConnection} (an internal class, the only place that knows when
 * the request now being read began) from the scheduler's thread: a stale read only delays a
 * close to the next check, and closing an end point is safe from any thread.
 */
final class HeaderDeadline extends AbstractLifeCycle {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);
    private static final long MIN_PERIOD_MS = 100;
    private static final long MAX_PERIOD_MS = 1_000;

    private final AbstractConnector connector;
    private final long deadlineNanos;
    private final long periodMs;
    private volatile Scheduler.Task next;

    HeaderDeadline(AbstractConnector connector, Duration deadline) {
        this.connector = connector;
        this.deadlineNanos = deadline.toNanos();
        this.periodMs = Math.max(MIN_PERIOD_MS, Math.min(MAX_PERIOD_MS, deadline.toMillis() / 4));
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            next = connector.getScheduler().schedule(this::sweep, periodMs, TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        try {
            long now = NanoTime.now();
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (endPoint.getConnection() instanceof HttpConnection http && late(http.getParser(), now)) {
                    LOG.debug("publish: closing {}: request headers not complete within the deadline",
                            endPoint.getRemoteSocketAddress());
                    endPoint.close();
                }
            }
        } finally {
            schedule();
        }
    }

    /** A request begun (past its first byte) whose headers are still being read after the deadline. */
    private boolean late(HttpParser parser, long now) {
        return parser.inHeaderState() && !parser.isStart()
                && NanoTime.elapsed(parser.getBeginNanoTime(), now) > deadlineNanos;
    }
}
