package io.tributary.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Known entries in maps, as a store would answer, with a band index like {@code story_bands}. */
final class MapKnownEntries implements KnownEntries {
    private final Map<String, KnownEntry> byIdentity = new HashMap<>();
    private final Map<String, Long> storyByLink = new HashMap<>();
    private final Map<Long, List<Banded>> byBand = new HashMap<>();
    /** How many candidates the last band look-up returned. */
    private int lastCandidates;

    void store(String source, EntryIdentity identity, long entryId, long storyId) {
        byIdentity.put(source + "\n" + identity.key().value(), new KnownEntry(entryId, storyId, identity.contentHash()));
        identity.normalizedLink().ifPresent(link -> storyByLink.putIfAbsent(link, storyId));
    }

    void store(String source, EntryIdentity identity, long entryId, long storyId, Fingerprint fingerprint,
               Instant firstSeen) {
        store(source, identity, entryId, storyId);
        FingerprintCandidate candidate = new FingerprintCandidate(entryId, storyId, source, fingerprint);
        for (long band : fingerprint.bandHashes()) {
            byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(new Banded(candidate, firstSeen));
        }
    }

    int lastCandidates() {
        return lastCandidates;
    }

    @Override
    public Optional<KnownEntry> byIdentity(String sourceName, IdentityKey key) {
        return Optional.ofNullable(byIdentity.get(sourceName + "\n" + key.value()));
    }

    @Override
    public Optional<Long> storyByLink(String normalizedLink) {
        return Optional.ofNullable(storyByLink.get(normalizedLink));
    }

    @Override
    public List<FingerprintCandidate> byBands(long[] bandHashes, Instant since) {
        Map<Long, FingerprintCandidate> found = new LinkedHashMap<>();
        for (long band : bandHashes) {
            for (Banded banded : byBand.getOrDefault(band, List.of())) {
                if (!banded.firstSeen().isBefore(since)) {
                    found.putIfAbsent(banded.candidate().entryId(), banded.candidate());
                }
            }
        }
        lastCandidates = found.size();
        return List.copyOf(found.values());
    }

    private record Banded(FingerprintCandidate candidate, Instant firstSeen) {
    }
}
