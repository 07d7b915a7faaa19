package io.tributary.dedup;

import io.tributary.dedup.DuplicateCorpus.CorpusEntry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a labelled corpus through the de-duplicator as the pipeline would (each entry against
 * everything decided before it) and counts: a "duplicate" decision is right when the story it
 * joins has the entry's label; every entry whose label was seen before is a copy to find.
 */
final class DuplicateQuality {
    /** The figures, and the wrong decisions by kind of entry. */
    record Result(int entries, int copies, int truePositives, int falsePositives, Map<String, Integer> errors) {
        double precision() {
            return (double) truePositives / Math.max(1, truePositives + falsePositives);
        }

        double recall() {
            return (double) truePositives / Math.max(1, copies);
        }
    }

    private DuplicateQuality() {
    }

    static Result measure(List<CorpusEntry> corpus, Deduplicator deduplicator) {
        Fingerprinter fingerprinter = new Fingerprinter();
        MapKnownEntries known = new MapKnownEntries();
        Map<Long, Integer> labelOfStory = new HashMap<>();
        Set<Integer> seenLabels = new HashSet<>();
        Map<String, Integer> errors = new TreeMap<>();
        int truePositives = 0;
        int falsePositives = 0;
        int copies = 0;
        long nextId = 1;
        for (CorpusEntry item : corpus) {
            EntryIdentity identity = EntryIdentity.of(item.entry());
            Optional<Fingerprint> fingerprint = fingerprinter.fingerprint(item.entry());
            Decision decision = deduplicator.decide(item.source(), identity, fingerprint, item.seen(), known);
            boolean isCopy = !seenLabels.add(item.label());
            copies += isCopy ? 1 : 0;
            long entryId = nextId++;
            long storyId = entryId;
            if (decision instanceof Decision.DuplicateOf) {
                storyId = ((Decision.DuplicateOf) decision).storyId();
                if (labelOfStory.get(storyId) == item.label()) {
                    truePositives++;
                } else {
                    falsePositives++;
                    errors.merge("wrongly joined: " + item.kind(), 1, Integer::sum);
                }
            } else {
                labelOfStory.put(storyId, item.label());
                if (isCopy) {
                    errors.merge("missed: " + item.kind(), 1, Integer::sum);
                }
            }
            long story = storyId;
            fingerprint.ifPresentOrElse(
                    f -> known.store(item.source(), identity, entryId, story, f, item.seen()),
                    () -> known.store(item.source(), identity, entryId, story));
        }
        return new Result(corpus.size(), copies, truePositives, falsePositives, errors);
    }

    /** Prints the figures for a corpus generated with the seed given as the first argument. */
    public static void main(String[] args) {
        Result result = measure(DuplicateCorpus.generate(Long.parseLong(args[0])), args.length > 1
                ? new Deduplicator(new io.tributary.config.DedupSettings(Double.parseDouble(args[1]),
                io.tributary.config.DedupSettings.DEFAULT_WINDOW)) : new Deduplicator());
        System.out.printf("%d entries, %d copies: precision %.4f, recall %.4f %s%n", result.entries(),
                result.copies(), result.precision(), result.recall(), result.errors());
    }
}
