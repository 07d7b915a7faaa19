package io.tributary.dedup;

import io.tributary.clean.CleanEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static io.tributary.dedup.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;

class EntryIdentityTest {

    @Test
    void usesTheGuidWhenPresent() {
        EntryIdentity identity = EntryIdentity.of(entry("  urn:post:17 ", "https://example.org/a", "T", "<p>x</p>"));

        assertThat(identity.key()).isEqualTo(new IdentityKey("guid:urn:post:17"));
    }

    @Test
    void usesTheNormalizedLinkWithoutAGuid() {
        EntryIdentity identity = EntryIdentity.of(
                entry(null, "HTTPS://Example.org:443/a?id=3&utm_source=mail#top", "T", "<p>x</p>"));

        assertThat(identity.key()).isEqualTo(new IdentityKey("link:https://example.org/a?id=3"));
        assertThat(identity.normalizedLink()).contains("https://example.org/a?id=3");
    }

    @Test
    void treatsABlankGuidAsMissing() {
        EntryIdentity identity = EntryIdentity.of(entry("   ", "https://example.org/a", "T", ""));

        assertThat(identity.key().value()).isEqualTo("link:https://example.org/a");
    }

    @Test
    void hashesTitleAndDateWithoutGuidOrLink() {
        CleanEntry entry = entry(null, null, "Title alone", "<p>x</p>");

        EntryIdentity identity = EntryIdentity.of(entry);

        assertThat(identity.key().value()).startsWith("hash:").hasSize("hash:".length() + 64);
        assertThat(identity.normalizedLink()).isEmpty();
        assertThat(EntryIdentity.of(Entries.withPublished(entry, Optional.of(Instant.parse("2026-01-01T00:00:00Z"))))
                .key()).isNotEqualTo(identity.key());
    }

    @Test
    void hasNoNormalizedLinkForALinkThatIsNotHttp() {
        EntryIdentity identity = EntryIdentity.of(entry("g", "mailto:someone@example.org", "T", ""));

        assertThat(identity.normalizedLink()).isEmpty();
    }

    @Test
    void hashesAGuidTooLongToIndex() {
        String longGuid = "urn:" + "x".repeat(IdentityKey.MAX_LENGTH);

        IdentityKey key = EntryIdentity.of(entry(longGuid, null, "T", "")).key();

        assertThat(key.value()).startsWith("guid:sha256:").hasSize("guid:sha256:".length() + 64);
    }

    @Test
    void keepsTheSameKeyAndHashForTheSameEntry() {
        CleanEntry entry = entry("g", "https://example.org/a", "T", "<p>x</p>");

        assertThat(EntryIdentity.of(entry)).isEqualTo(EntryIdentity.of(entry));
    }

    @Test
    void changesTheContentHashWhenTheTextChanges() {
        CleanEntry before = entry("g", "https://example.org/a", "T", "<p>first</p>");
        CleanEntry after = entry("g", "https://example.org/a", "T", "<p>second</p>");

        assertThat(EntryIdentity.of(after).key()).isEqualTo(EntryIdentity.of(before).key());
        assertThat(EntryIdentity.of(after).contentHash()).isNotEqualTo(EntryIdentity.of(before).contentHash());
    }

    @Test
    void changesTheContentHashWhenTheSummaryChanges() {
        CleanEntry before = entry("g", "https://example.org/a", "T", "<p>x</p>");

        assertThat(EntryIdentity.of(Entries.withSummary(before, "Another summary")).contentHash())
                .isNotEqualTo(EntryIdentity.of(before).contentHash());
    }

    @Test
    void keepsTheContentHashWhenOnlyTheUpdatedTimeChanges() {
        CleanEntry before = entry("g", "https://example.org/a", "T", "<p>x</p>");

        assertThat(EntryIdentity.of(Entries.withUpdated(before, Instant.parse("2026-05-05T00:00:00Z"))).contentHash())
                .isEqualTo(EntryIdentity.of(before).contentHash());
    }
}
