package io.tributary.ops;

import io.tributary.clean.CleanEntry;
import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import io.tributary.store.StoredEntry;
import io.tributary.topic.Tagger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code check --preview}: what the config's topic rules, skip rules and link de-duplication would
 * do to the entries already stored, computed in memory from one read pass; nothing is written.
 */
public final class RulePreview {
    static final int EXAMPLES = 3;

    /** How one topic would change: entries gaining and losing it, with a few example titles each. */
    public record TopicChange(String topic, int gained, List<String> gainedExamples, int lost,
                              List<String> lostExamples) {
    }

    /**
     * @param topics    per topic that would change, by name
     * @param skipped   per source, entries its skip rules would now keep out
     * @param merges    stories that share a normalized link with an older story and would be one
     * @param entries   entries looked at
     */
    public record Result(Map<String, TopicChange> topics, Map<String, Integer> skipped, int merges, int entries) {
    }

    public Result preview(Config config, Store store) throws StoreException {
        Tagger tagger = new Tagger(config.topics());
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Map<String, Tagger> skipRules = new HashMap<>();
        Map<String, Long> storyByLink = new HashMap<>();
        Set<Long> merged = new HashSet<>();
        int[] count = {0};
        store.scanEntries(entry -> {
            count[0]++;
            Optional<SourceConfig> source = config.source(entry.source());
            if (source.isEmpty()) {
                return; // a removed source: no rules apply to it any more
            }
            CleanEntry clean = asClean(entry);
            SortedSet<String> now = new TreeSet<>(entry.topics());
            SortedSet<String> then = tagger.tag(clean, source.get());
            for (String topic : union(now, then)) {
                if (then.contains(topic) && !now.contains(topic)) {
                    tallies.computeIfAbsent(topic, Tally::new).gain(entry.title());
                } else if (now.contains(topic) && !then.contains(topic)) {
                    tallies.computeIfAbsent(topic, Tally::new).lose(entry.title());
                }
            }
            if (!source.get().skip().isEmpty() && skipRules.computeIfAbsent(source.get().name(),
                    name -> new Tagger(List.of(new TopicRule("skip", "skip", source.get().skip()))))
                    .tag(clean, noTopics(source.get())).contains("skip")) {
                skipped.merge(entry.source(), 1, Integer::sum);
            }
            entry.normalizedLink().ifPresent(link -> {
                Long first = storyByLink.putIfAbsent(link, entry.storyId());
                if (first != null && first != entry.storyId()) {
                    merged.add(entry.storyId());
                }
            });
        });
        Map<String, TopicChange> changes = new TreeMap<>();
        tallies.forEach((topic, tally) -> changes.put(topic, tally.change()));
        return new Result(changes, skipped, merged.size(), count[0]);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static SourceConfig noTopics(SourceConfig source) {
        return new SourceConfig(source.name(), source.url(), List.of(), source.interval());
    }

    /** Stored entries keep no feed categories, so a rule matching only a category shows up as a loss. */
    private static CleanEntry asClean(StoredEntry entry) {
        return new CleanEntry(Optional.empty(), Optional.empty(), entry.title(), "", entry.summary(), entry.text(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    private static final class Tally {
        private final String topic;
        private int gained;
        private int lost;
        private final List<String> gainedExamples = new ArrayList<>();
        private final List<String> lostExamples = new ArrayList<>();

        Tally(String topic) {
            this.topic = topic;
        }

        void gain(String title) {
            gained++;
            if (gainedExamples.size() < EXAMPLES) {
                gainedExamples.add(title);
            }
        }

        void lose(String title) {
            lost++;
            if (lostExamples.size() < EXAMPLES) {
                lostExamples.add(title);
            }
        }

        TopicChange change() {
            return new TopicChange(topic, gained, List.copyOf(gainedExamples), lost, List.copyOf(lostExamples));
        }
    }
}
