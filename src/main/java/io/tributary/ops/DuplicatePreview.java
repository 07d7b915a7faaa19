package io.tributary.ops;

import io.tributary.config.Config;
import io.tributary.config.DedupSettings;
import io.tributary.config.SourceConfig;
import io.tributary.store.FingerprintedEntry;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code check --preview}'s de-duplication part: replays every stored entry through the polls'
 * near-duplicate decision with the checked config's {@code dedup} settings ({@link StoryReplay})
 * and compares the stories that makes with the stored ones: which stored stories would be one
 * (merge), and which stored story would come apart (split). In memory, from one read pass;
 * nothing is written.
 */
public final class DuplicatePreview {
    static final int EXAMPLES = 3;

    /** One story or part of one, as a reader sees it: the title of its standing entry and its source. */
    public record Copy(String title, String source) {
    }

    /**
     * A story that would be regrouped.
     *
     * @param story its standing entry (for a merge the merged story's, for a split the stored story's)
     * @param parts the stored stories it would be made of (merge), or the stories it would become (split)
     */
    public record Regrouping(Copy story, List<Copy> parts) {
    }

    /**
     * @param settings      the dedup settings replayed
     * @param entries       entries replayed
     * @param storedStories stories they are stored in
     * @param stories       stories the replay makes of them
     * @param merges        replayed stories holding more than one stored story, with examples
     * @param splits        stored stories whose entries the replay puts in more than one story, with examples
     */
    public record Result(DedupSettings settings, int entries, int storedStories, int stories, int merges,
                         List<Regrouping> mergeExamples, int splits, List<Regrouping> splitExamples) {
    }

    public Result preview(Config config, Store store) throws StoreException {
        Replay replay = new Replay(config);
        store.scanFingerprints(replay);
        return replay.result();
    }

    /** The replay over entries already at hand, oldest first seen first. */
    Result preview(Config config, Iterable<FingerprintedEntry> entries) {
        Replay replay = new Replay(config);
        entries.forEach(replay);
        return replay.result();
    }

    /** Feeds entries to a {@link StoryReplay} and keeps, per pair of stored and replayed story, its standing entry. */
    private static final class Replay implements Consumer<FingerprintedEntry> {
        private final Config config;
        private final StoryReplay replay;
        private final Groups stored = new Groups();
        private final Groups replayed = new Groups();
        private int entries;

        Replay(Config config) {
            this.config = config;
            this.replay = new StoryReplay(config.dedup());
        }

        @Override
        public void accept(FingerprintedEntry entry) {
            entries++;
            long story = replay.feed(entry);
            Standing standing = new Standing(new Copy(entry.title(), entry.source()), priority(entry.source()));
            stored.add(entry.storyId(), story, standing);
            replayed.add(story, entry.storyId(), standing);
        }

        /** Removed sources keep their entries at the default priority. */
        private int priority(String source) {
            return config.source(source).map(SourceConfig::priority).orElse(0);
        }

        Result result() {
            List<Regrouping> mergeExamples = new ArrayList<>();
            int merges = replayed.regrouped(mergeExamples);
            List<Regrouping> splitExamples = new ArrayList<>();
            int splits = stored.regrouped(splitExamples);
            return new Result(config.dedup(), entries, stored.size(), replayed.size(), merges,
                    List.copyOf(mergeExamples), splits, List.copyOf(splitExamples));
        }
    }

    /** The entry that stands for a story: the highest priority, the first seen among equals. */
    private record Standing(Copy copy, int priority) {
        Standing better(Standing other) {
            return other.priority > priority ? other : this;
        }
    }

    /** Stories of one grouping, each with its standing entry overall and per story of the other grouping. */
    private static final class Groups {
        private final Map<Long, Standing> standing = new LinkedHashMap<>();
        private final Map<Long, Map<Long, Standing>> parts = new LinkedHashMap<>();

        void add(long story, long otherStory, Standing entry) {
            standing.merge(story, entry, Standing::better);
            parts.computeIfAbsent(story, s -> new LinkedHashMap<>()).merge(otherStory, entry, Standing::better);
        }

        int size() {
            return standing.size();
        }

        /** How many stories hold parts of more than one story of the other grouping; the first few as examples. */
        int regrouped(List<Regrouping> examples) {
            int count = 0;
            for (Map.Entry<Long, Map<Long, Standing>> story : parts.entrySet()) {
                if (story.getValue().size() < 2) {
                    continue;
                }
                count++;
                if (examples.size() < EXAMPLES) {
                    List<Copy> copies = new ArrayList<>();
                    story.getValue().values().forEach(part -> copies.add(part.copy()));
                    examples.add(new Regrouping(standing.get(story.getKey()).copy(), List.copyOf(copies)));
                }
            }
            return count;
        }
    }
}
