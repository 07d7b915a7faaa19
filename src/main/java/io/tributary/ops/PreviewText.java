package io.tributary.ops;

import java.io.PrintWriter;

/** {@code check --preview}'s report, in plain lines. */
public final class PreviewText {
    public void write(RulePreview.Result result, PrintWriter out) {
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
        out.printf("  de-duplication: %d stories share a link with an older story and would be one%n",
                result.merges());
        out.flush();
    }
}
