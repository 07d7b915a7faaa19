package io.tributary.dedup;

import io.tributary.clean.CleanEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * A labelled corpus of news entries, generated from {@link CorpusWords} with a fixed seed: original
 * stories, copies of them carried by other sources (re-titled, rewritten, cut short, with a few
 * words left in another language, with their own footers), and distinct stories that are hard to
 * tell apart: on the same subject, follow-ups with the same people and places, stories quoting a
 * long passage of another, and stories sharing a wire service's footer. Entries with one label
 * are one story.
 */
final class DuplicateCorpus {
    static final String WIRE_FOOTER = "This story was distributed by the Regional Press Exchange. Reproduction "
            + "is permitted for member newspapers with credit to the original reporter and the exchange desk, "
            + "and corrections are published on the exchange notice board every weekday afternoon.";
    private static final Instant START = Instant.parse("2026-10-01T06:00:00Z");
    private static final int SOURCES = 12;

    private final Random random;
    private final Map<String, List<String>> people = new HashMap<>();
    private final Map<String, List<String>> places = new HashMap<>();
    private final List<CorpusEntry> entries = new ArrayList<>();
    private final List<Story> originals = new ArrayList<>();
    private int nextLabel;

    /** One generated entry: its story label, its source, when it was seen. */
    record CorpusEntry(int label, String source, CleanEntry entry, Instant seen, String kind) {
    }

    /** Who, where and what one story is about. */
    private record Cast(String subject, List<String> people, List<String> places, List<String> nouns) {
    }

    private record Story(int label, String source, Cast cast, List<String> sentences, Instant seen) {
    }

    private DuplicateCorpus(long seed) {
        this.random = new Random(seed);
        for (String subject : CorpusWords.SUBJECTS) {
            people.put(subject, CorpusWords.names(random, 30, 2));
            places.put(subject, CorpusWords.names(random, 25, 1));
        }
    }

    /** About 2,200 entries in the order they were seen. */
    static List<CorpusEntry> generate(long seed) {
        DuplicateCorpus corpus = new DuplicateCorpus(seed);
        for (int i = 0; i < 900; i++) {
            corpus.original(corpus.randomCast(), "original");
        }
        for (int i = 0; i < 100; i++) {
            Story earlier = corpus.pick();
            corpus.original(earlier.cast(), "follow-up");
        }
        for (int i = 0; i < 120; i++) {
            corpus.quoting(corpus.pick());
        }
        for (Story story : List.copyOf(corpus.originals)) {
            int copies = corpus.copies();
            for (int c = 0; c < copies; c++) {
                corpus.copy(story, c);
            }
        }
        corpus.entries.sort(Comparator.comparing(CorpusEntry::seen));
        return List.copyOf(corpus.entries);
    }

    private Story pick() {
        return originals.get(random.nextInt(originals.size()));
    }

    private int copies() {
        int roll = random.nextInt(100);
        return roll < 25 ? 0 : roll < 60 ? 1 : roll < 85 ? 2 : 3;
    }

    private Cast randomCast() {
        String subject = CorpusWords.SUBJECTS.get(random.nextInt(CorpusWords.SUBJECTS.size()));
        return new Cast(subject, sample(people.get(subject), 2), sample(places.get(subject), 2),
                sample(CorpusWords.NOUNS.get(subject), 4));
    }

    private void original(Cast cast, String kind) {
        List<String> sentences = sentences(cast, 7 + random.nextInt(7));
        String source = source();
        Instant seen = START.plus(Duration.ofMinutes(random.nextInt(40 * 24 * 60)));
        Story story = new Story(nextLabel++, source, cast, sentences, seen);
        originals.add(story);
        add(story.label(), source, title(cast), withFooters(sentences, source), seen, kind);
    }

    /** A distinct story quoting three sentences of an earlier one, seen after it. */
    private void quoting(Story quoted) {
        Cast cast = randomCast();
        List<String> sentences = sentences(cast, 6 + random.nextInt(4));
        int from = random.nextInt(Math.max(1, quoted.sentences().size() - 3));
        List<String> passage = quoted.sentences().subList(from, Math.min(quoted.sentences().size(), from + 3));
        sentences.add(2, "As " + quoted.source() + " reported: \"" + String.join(" ", passage) + "\"");
        String source = otherSource(quoted.source());
        add(nextLabel++, source, title(cast), withFooters(sentences, source),
                quoted.seen().plus(Duration.ofHours(1 + random.nextInt(48))), "quoting");
    }

    /** A copy of {@code story} from another source, seen up to three days later. */
    private void copy(Story story, int number) {
        List<String> sentences = new ArrayList<>(story.sentences());
        String kind;
        int roll = random.nextInt(100);
        if (roll < 40) {
            kind = "rewrite";
            sentences = rewrite(story.cast(), sentences);
        } else if (roll < 65) {
            kind = "truncated";
            sentences = truncate(sentences);
        } else if (roll < 85) {
            kind = "translated";
            sentences = translate(sentences);
        } else {
            kind = "verbatim";
        }
        if (random.nextInt(100) < 30) {
            sentences = random.nextBoolean() ? translate(sentences) : truncate(sentences);
            kind += "+";
        }
        String title = random.nextBoolean() ? title(story.cast()) : "Copy " + number + ": " + title(story.cast());
        String source = otherSource(story.source());
        add(story.label(), source, title, withFooters(sentences, source),
                story.seen().plus(Duration.ofMinutes(10 + random.nextInt(3 * 24 * 60))), kind);
    }

    private List<String> rewrite(Cast cast, List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String sentence : sentences) {
            StringBuilder rewritten = new StringBuilder();
            for (String word : sentence.split(" ")) {
                String swap = CorpusWords.SYNONYMS.get(word);
                rewritten.append(rewritten.length() == 0 ? "" : " ")
                        .append(swap != null && random.nextBoolean() ? swap : word);
            }
            out.add(rewritten.toString());
        }
        if (out.size() > 4 && random.nextBoolean()) {
            out.remove(1 + random.nextInt(out.size() - 1));
        } else {
            out.add(1 + random.nextInt(out.size()), sentence(cast));
        }
        if (random.nextInt(100) < 30 && out.size() > 3) {
            int i = 1 + random.nextInt(out.size() - 2);
            out.add(i + 1, out.remove(i));
        }
        return out;
    }

    /** The first half to nine tenths, at least four sentences. */
    private List<String> truncate(List<String> sentences) {
        int keep = Math.max(4, (int) Math.ceil(sentences.size() * (0.5 + 0.4 * random.nextDouble())));
        return new ArrayList<>(sentences.subList(0, Math.min(keep, sentences.size())));
    }

    /** Three to six words left in another language. */
    private List<String> translate(List<String> sentences) {
        List<String> out = new ArrayList<>(sentences);
        int changes = 3 + random.nextInt(4);
        for (int attempt = 0; attempt < 40 && changes > 0; attempt++) {
            int i = random.nextInt(out.size());
            // sorted: Map.of iterates in an order that changes from run to run
            for (Map.Entry<String, String> pair : new TreeMap<>(CorpusWords.FOREIGN).entrySet()) {
                String word = " " + pair.getKey() + " ";
                if (out.get(i).contains(word)) {
                    out.set(i, out.get(i).replaceFirst(word, " " + pair.getValue() + " "));
                    changes--;
                    break;
                }
            }
        }
        return out;
    }

    private List<String> sentences(Cast cast, int count) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sentences.add(sentence(cast));
        }
        return sentences;
    }

    private String sentence(Cast cast) {
        String template = CorpusWords.TEMPLATES.get(random.nextInt(CorpusWords.TEMPLATES.size()));
        String n = pickOf(cast.nouns());
        String m = pickOf(cast.nouns());
        return template.replace("{p}", cast.people().get(0)).replace("{q}", cast.people().get(1))
                .replace("{l}", pickOf(cast.places())).replace("{n}", n).replace("{m}", m)
                .replace("{v}", pickOf(CorpusWords.VERBS)).replace("{a}", pickOf(CorpusWords.ADJECTIVES))
                .replace("{d}", pickOf(CorpusWords.DAYS)).replace("{k}", String.valueOf(2 + random.nextInt(400)));
    }

    private String title(Cast cast) {
        return pickOf(cast.places()) + ": " + pickOf(CorpusWords.ADJECTIVES) + " " + pickOf(cast.nouns()) + " "
                + pickOf(CorpusWords.VERBS);
    }

    /**
     * The source's own footer half the time, the wire service's a quarter of the time. Half the
     * source footers are worded so that the fingerprinter's footer cues ("follow", "subscribe" ...)
     * miss them, so the figures do not rest on knowing every outlet's wording.
     */
    private String withFooters(List<String> sentences, String source) {
        StringBuilder text = new StringBuilder(String.join(" ", sentences));
        if (random.nextBoolean()) {
            text.append(random.nextBoolean()
                    ? " Follow " + source + " for more reports from the region."
                    : " Our newsroom at " + source + " keeps a desk in every district of the region.");
        }
        if (random.nextInt(4) == 0) {
            text.append(' ').append(WIRE_FOOTER);
        }
        return text.toString();
    }

    private void add(int label, String source, String title, String text, Instant seen, String kind) {
        String link = "https://" + source.toLowerCase().replace(' ', '-') + ".example.net/news/" + entries.size()
                + "?utm_source=feed";
        CleanEntry entry = new CleanEntry(Optional.of(link), Optional.of(link), title, "<p>" + text + "</p>",
                text.substring(0, Math.min(300, text.length())), text, Optional.of(seen), Optional.empty(),
                Optional.empty(), List.of());
        entries.add(new CorpusEntry(label, source, entry, seen, kind));
    }

    private String source() {
        return "Outlet " + (1 + random.nextInt(SOURCES));
    }

    private String otherSource(String not) {
        String source = source();
        while (source.equals(not)) {
            source = source();
        }
        return source;
    }

    private String pickOf(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private List<String> sample(List<String> words, int count) {
        List<String> copy = new ArrayList<>(words);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, count));
    }
}
