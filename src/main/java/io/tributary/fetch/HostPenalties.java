package io.tributary.fetch;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which hosts asked us to slow down. One source told to wait (429/503) waits alone: a whole-host
 * lockout on one 429 is a known failure of other aggregators, since big hosts rate-limit per
 * feed. Only when at least {@link #SOURCES_FOR_HOST_WAIT} sources of one host are waiting at the
 * same time does the host itself wait, until the earliest of those waits ends; then its sources
 * are tried again one poll at a time as their own waits allow.
 *
 * <p>Kept in memory: after a restart each source's own next attempt (stored) still holds. Safe
 * for use from many poll threads.
 */
public final class HostPenalties {

    static final int SOURCES_FOR_HOST_WAIT = 2;

    /** host -> source name -> no request before. */
    private final Map<String, Map<String, Instant>> waits = new HashMap<>();

    /** {@code source} on {@code host} was told to wait until {@code until}. */
    public synchronized void told(String host, String source, Instant until) {
        waits.computeIfAbsent(key(host), h -> new HashMap<>()).put(source, until);
    }

    /** {@code source} on {@code host} answered normally: its wait no longer counts against the host. */
    public synchronized void cleared(String host, String source) {
        Map<String, Instant> sources = waits.get(key(host));
        if (sources != null) {
            sources.remove(source);
            if (sources.isEmpty()) {
                waits.remove(key(host));
            }
        }
    }

    /** Until when no request should go to {@code host} at {@code now}, if the host itself must wait. */
    public synchronized Optional<Instant> hostWait(String host, Instant now) {
        Map<String, Instant> sources = waits.get(key(host));
        if (sources == null) {
            return Optional.empty();
        }
        sources.values().removeIf(until -> !until.isAfter(now));
        if (sources.size() < SOURCES_FOR_HOST_WAIT) {
            return Optional.empty();
        }
        return sources.values().stream().min(Instant::compareTo);
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }
}
