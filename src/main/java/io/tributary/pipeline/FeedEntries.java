package io.tributary.pipeline;

import io.tributary.clean.CleanEntry;
import io.tributary.clean.EntryCleaner;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.Decision;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.Fingerprinter;
import io.tributary.dedup.IdentityKey;
import io.tributary.dedup.StoryIds;
import io.tributary.parse.ParsedFeed;
import io.tributary.parse.RawEntry;
import io.tributary.store.EntryWrite;
import io.tributary.store.PollTransaction;
import io.tributary.store.StoreException;
import io.tributary.topic.SkipFilter;
import io.tributary.topic.Tagger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A feed's entries from parsed to stored, the part that a poll ({@link SourcePoller}) and a
 * WebSub push ({@link PushedFeed}) share: {@link #prepare} cleans each entry and works out what
 * needs no store (skip rules, identity, fingerprint, topics), so it runs outside the store's write
 * lock; {@link #write} decides and writes each one inside the poll transaction.
 */
final class FeedEntries {
    private final EntryCleaner cleaner;
    private final Deduplicator deduplicator;
    private final StoryIds storyIds;
    private final Tagger tagger;
    private final String tagAuthority;
    private final Fingerprinter fingerprinter = new Fingerprinter();

    FeedEntries(EntryCleaner cleaner, Deduplicator deduplicator, StoryIds storyIds, Tagger tagger,
                String tagAuthority) {
        this.cleaner = cleaner;
        this.deduplicator = deduplicator;
        this.storyIds = storyIds;
        this.tagger = tagger;
        this.tagAuthority = tagAuthority;
    }

    /** Cleans each entry and works out what does not depend on the store. */
    Prepared prepare(SourceConfig source, ParsedFeed feed) {
        SkipFilter skip = new SkipFilter(source.skip());
        List<PreparedEntry> entries = new ArrayList<>(feed.entries().size());
        Set<IdentityKey> listed = new HashSet<>();
        int skipped = 0;
        for (RawEntry raw : feed.entries()) {
            CleanEntry entry = cleaner.clean(raw, source.boilerplate());
            EntryIdentity identity = EntryIdentity.of(entry);
            listed.add(identity.key());
            if (skip.skips(entry)) {
                skipped++;
                continue;
            }
            entries.add(new PreparedEntry(entry, identity, fingerprinter.fingerprint(entry),
                    tagger.tag(entry, source)));
        }
        return new Prepared(entries, skipped, listed);
    }

    /**
     * Decides what each entry is to the store and writes it in {@code tx}, except the entries
     * retention removed. After the source's whole feed ({@code wholeFeed}: not cut off, not
     * capped), the store forgets the removed entries the feed has long stopped listing.
     *
     * @return how many entries were left out because retention had removed them
     */
    int write(PollTransaction tx, SourceConfig source, Prepared prepared, Instant now, boolean wholeFeed)
            throws StoreException {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int pruned = 0;
        for (PreparedEntry entry : prepared.entries()) {
            if (tx.wasPruned(entry.identity().key())) {
                pruned++;
                continue;
            }
            Decision decision = deduplicator.decide(source.name(), entry.identity(), entry.fingerprint(), now, tx);
            String newStoryId = decision instanceof Decision.New
                    ? storyIds.mint(tagAuthority, today, source.name(), entry.identity().key())
                    : "";
            tx.write(new EntryWrite(entry.entry(), entry.identity(), decision, entry.topics(), newStoryId, now),
                    entry.fingerprint());
        }
        if (wholeFeed) {
            tx.wholeFeedListed(prepared.listed(), now);
        }
        return pruned;
    }

    /** One entry ready to be decided on and written. */
    record PreparedEntry(CleanEntry entry, EntryIdentity identity, Optional<Fingerprint> fingerprint,
                         Set<String> topics) {
    }

    /**
     * A feed's entries ready to write, how many the skip rules dropped, and the identity of every
     * entry the feed listed (those dropped included).
     */
    record Prepared(List<PreparedEntry> entries, int skipped, Set<IdentityKey> listed) {
        static final Prepared NONE = new Prepared(List.of(), 0, Set.of());
    }
}
