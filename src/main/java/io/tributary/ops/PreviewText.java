package io.tributary.ops;

import java.time.Duration;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code check --preview}'s report, in plain lines. */
public final class PreviewText {
    /** The rules' part, with de-duplication judged by normalized link only. */
    public void write(RulePreview.Result result, PrintWriter out) {
        rules(result, out);
        out.printf("  de-duplication: %d stories share a link with an older story and would be one%n",
                result.merges());
        out.flush();
    }

    /** The rules' part, then de-duplication replayed with the config's dedup settings. */
    public void write(RulePreview.Result result, DuplicatePreview.Result duplicates, PrintWriter out) {
        rules(result, out);
        duplicates(duplicates, out);
        out.flush();
    }

    private static void rules(RulePreview.Result result, PrintWriter out) {
        out.printf("preview over %d stored entries (nothing changed):%n", result.entries());
        if (result.topics().isEmpty()) {
            out.println("  topics: no entry would gain or lose a topic");
        }
        for (RulePreview.TopicChange change : result.topics().values()) {
            out.printf("  topic %s: %d would gain it, %d would lose it%n", change.topic(), change.gained(),
                    change.lost());
            change.gainedExamples().forEach(title -> out.printf("    + %s%n", title));
            change.lostExamples().forEach(title -> out.printf("    - %s%n", title));
        }
        if (result.skipped().isEmpty()) {
            out.println("  skip rules: would keep out no stored entry");
        }
        result.skipped().forEach((source, n) -> out.printf("  skip rules of %s: would keep out %d stored entries%n",
                source, n));
    }

    private static void duplicates(DuplicatePreview.Result result, PrintWriter out) {
        out.printf(Locale.ROOT, "  de-duplication (similarity %s, window %s): %d stored stories would be %d%n",
                java.math.BigDecimal.valueOf(result.settings().similarity()).stripTrailingZeros().toPlainString(), window(result.settings().window()),
                result.storedStories(), result.stories());
        out.printf("    %d would merge stored stories%n", result.merges());
        for (DuplicatePreview.Regrouping merge : result.mergeExamples()) {
            out.printf("      = %s%n        from %s%n", copy(merge.story()), parts(merge));
        }
        out.printf("    %d stored stories would split%n", result.splits());
        for (DuplicatePreview.Regrouping split : result.splitExamples()) {
            out.printf("      / %s%n        into %s%n", copy(split.story()), parts(split));
        }
    }

    /** As the config writes it: 7d, 36h, 90m. */
    private static String window(Duration window) {
        if (window.toSeconds() % 86_400 == 0) {
            return window.toDays() + "d";
        }
        if (window.toSeconds() % 3_600 == 0) {
            return window.toHours() + "h";
        }
        return window.toSeconds() % 60 == 0 ? window.toMinutes() + "m" : window.toSeconds() + "s";
    }

    private static String parts(DuplicatePreview.Regrouping regrouping) {
        return regrouping.parts().stream().map(PreviewText::copy).collect(Collectors.joining(" | "));
    }

    private static String copy(DuplicatePreview.Copy copy) {
        return "\"" + copy.title() + "\" (" + copy.source() + ")";
    }
}
