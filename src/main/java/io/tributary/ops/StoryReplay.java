package io.tributary.ops;

import io.tributary.config.DedupSettings;
import io.tributary.dedup.Decision;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.FingerprintCandidate;
import io.tributary.dedup.IdentityKey;
import io.tributary.dedup.KnownEntries;
import io.tributary.dedup.KnownEntry;
import io.tributary.store.FingerprintedEntry;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored entries fed again, in the order polls met them, through the polls' own
 * {@link Deduplicator} with other {@link DedupSettings}: which story each would join. Everything
 * is in memory; the band index holds only the entries inside {@code dedup.window} of the newest
 * one fed, so a look-up never compares all pairs and memory stays bounded by the window.
 *
 * <p>Each stored entry is its source's only entry with its identity, so the replay asks the
 * link, then the text, as a poll does for an entry it has not seen.
 */
final class StoryReplay implements KnownEntries {
    /** As the store's band look-up: at most this many candidates per entry. */
    static final int MAX_CANDIDATES = 200;

    private final Deduplicator deduplicator;
    private final Map<String, Long> storyByLink = new HashMap<>();
    private final Map<Long, ArrayDeque<Indexed>> bands = new HashMap<>();
    /** The indexed entries in the order they were fed, oldest first: what leaves the window first. */
    private final ArrayDeque<Indexed> window = new ArrayDeque<>();
    private long nextStory = 1;

    StoryReplay(DedupSettings settings) {
        this.deduplicator = new Deduplicator(settings);
    }

    /**
     * Decides {@code entry}'s story, as a poll at its first-seen time would have; entries must come
     * oldest first seen first (the store's {@code scanFingerprints} order).
     *
     * @return the replayed story it joins: a number of this replay, not a stored story id
     */
    long feed(FingerprintedEntry entry) {
        EntryIdentity identity = new EntryIdentity(new IdentityKey("replay:" + entry.entryId()),
                entry.normalizedLink(), "");
        Decision decision = deduplicator.decide(entry.source(), identity, entry.fingerprint(), entry.firstSeen(), this);
        long story = decision instanceof Decision.DuplicateOf ? ((Decision.DuplicateOf) decision).storyId()
                : nextStory++;
        entry.normalizedLink().ifPresent(link -> storyByLink.putIfAbsent(link, story));
        entry.fingerprint().ifPresent(fingerprint -> {
            Indexed indexed = new Indexed(fingerprint.bandHashes(), entry.firstSeen(),
                    new FingerprintCandidate(entry.entryId(), story, entry.source(), fingerprint));
            window.addLast(indexed);
            for (long band : indexed.bands()) {
                bands.computeIfAbsent(band, b -> new ArrayDeque<>()).addLast(indexed);
            }
        });
        return story;
    }

    @Override
    public Optional<KnownEntry> byIdentity(String sourceName, IdentityKey key) {
        return Optional.empty();
    }

    @Override
    public Optional<Long> storyByLink(String normalizedLink) {
        return Optional.ofNullable(storyByLink.get(normalizedLink));
    }

    @Override
    public List<FingerprintCandidate> byBands(long[] bandHashes, Instant since) {
        forgetBefore(since);
        Map<Long, FingerprintCandidate> found = new LinkedHashMap<>();
        for (long band : bandHashes) {
            ArrayDeque<Indexed> sharing = bands.get(band);
            if (sharing == null) {
                continue;
            }
            for (Indexed indexed : sharing) {
                if (found.size() >= MAX_CANDIDATES) {
                    return new ArrayList<>(found.values());
                }
                found.putIfAbsent(indexed.candidate().entryId(), indexed.candidate());
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Drops entries first seen before {@code since} from the band index. Entries come in first-seen
     * order, so they are at the head of the window and of every band queue they sit in.
     */
    private void forgetBefore(Instant since) {
        while (!window.isEmpty() && window.peekFirst().firstSeen().isBefore(since)) {
            Indexed old = window.removeFirst();
            for (long band : old.bands()) {
                ArrayDeque<Indexed> sharing = bands.get(band);
                if (sharing != null && sharing.peekFirst() == old) {
                    sharing.removeFirst();
                    if (sharing.isEmpty()) {
                        bands.remove(band);
                    }
                }
            }
        }
    }

    private record Indexed(long[] bands, Instant firstSeen, FingerprintCandidate candidate) {
    }
}
