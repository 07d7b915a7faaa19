package io.tributary.dedup;

import io.tributary.clean.CleanEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Clean entries for tests, varied one component at a time. */
final class Entries {
    private Entries() {
    }

    static CleanEntry entry(String guid, String link, String title, String html) {
        return new CleanEntry(Optional.ofNullable(guid), Optional.ofNullable(link), title, html,
                "A summary of " + title, "The text of " + title,
                Optional.of(Instant.parse("2026-03-01T10:00:00Z")), Optional.empty(), Optional.empty(), List.of());
    }

    static CleanEntry withPublished(CleanEntry e, Optional<Instant> published) {
        return new CleanEntry(e.guid(), e.link(), e.title(), e.contentHtml(), e.summary(), e.text(), published,
                e.updated(), e.author(), e.categories());
    }

    static CleanEntry withSummary(CleanEntry e, String summary) {
        return new CleanEntry(e.guid(), e.link(), e.title(), e.contentHtml(), summary, e.text(), e.published(),
                e.updated(), e.author(), e.categories());
    }

    static CleanEntry withUpdated(CleanEntry e, Instant updated) {
        return new CleanEntry(e.guid(), e.link(), e.title(), e.contentHtml(), e.summary(), e.text(), e.published(),
                Optional.of(updated), e.author(), e.categories());
    }
}
