package io.tributary.dedup;

import io.tributary.config.DedupSettings;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decides what one entry is to the store: new, an update, unchanged, or a copy of a known story.
 *
 * <p>The order matters: identity within the source first (a source editing its own entry is an
 * update, even if the link changed or the text was rewritten: it is never a new story), then the
 * link across sources, then the text's {@link Fingerprint}: an entry of another source, first seen
 * within {@code dedup.window}, whose text is at least {@code dedup.similarity} alike.
 */
public final class Deduplicator {
    private final DedupSettings settings;

    public Deduplicator(DedupSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** With the default similarity and window. */
    public Deduplicator() {
        this(DedupSettings.DEFAULT);
    }

    /**
     * The decision without comparing texts: identity, then link.
     *
     * @param sourceName the configured name of the source the entry came from
     * @param identity   {@link EntryIdentity#of} the entry
     * @param known      what is stored, including earlier writes of the same poll
     */
    public Decision decide(String sourceName, EntryIdentity identity, KnownEntries known) {
        Optional<KnownEntry> same = known.byIdentity(sourceName, identity.key());
        if (same.isPresent()) {
            KnownEntry entry = same.get();
            return entry.contentHash().equals(identity.contentHash())
                    ? new Decision.Unchanged(entry.entryId())
                    : new Decision.Updated(entry.entryId(), entry.storyId());
        }
        Optional<Long> story = identity.normalizedLink().flatMap(known::storyByLink);
        if (story.isPresent()) {
            return new Decision.DuplicateOf(story.get());
        }
        return new Decision.New();
    }

    /**
     * The full decision: identity, then link, then near-duplicate text.
     *
     * @param fingerprint {@link Fingerprinter#fingerprint} the entry; empty for a text too short
     * @param now         the time of the poll, for the window
     */
    public Decision decide(String sourceName, EntryIdentity identity, Optional<Fingerprint> fingerprint,
                           Instant now, KnownEntries known) {
        Decision decision = decide(sourceName, identity, known);
        if (!(decision instanceof Decision.New) || fingerprint.isEmpty()) {
            return decision;
        }
        Fingerprint mine = fingerprint.get();
        Instant since = now.minus(settings.window());
        // Another source only: a source's own entries under different ids are its own business,
        // and sources that write from a template would otherwise fold their stories together.
        OptionalLong story = known.mostSimilarStory(mine, sourceName, since, settings.similarity());
        return story.isPresent() ? new Decision.DuplicateOf(story.getAsLong()) : decision;
    }
}
