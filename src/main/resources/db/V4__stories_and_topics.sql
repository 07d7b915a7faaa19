-- Issue 5: near-duplicate stories, the canonical copy by source priority, re-tagging.

-- The entry's text fingerprint (io.tributary.dedup.Fingerprint#encode), compared with a new
-- entry's when they share a band; and the feed's own category terms, one per line, so that topics
-- can be computed again when the rules change.
ALTER TABLE entries ADD COLUMN fingerprint VARCHAR(1000);
ALTER TABLE entries ADD COLUMN categories VARCHAR(4000);

-- The priority of the source whose entry stands for the story: a copy from a source with a higher
-- priority takes its place.
ALTER TABLE stories ADD COLUMN canonical_priority INTEGER DEFAULT 0 NOT NULL;

-- Locality-sensitive hashing bands of every fingerprint: a new entry looks up its own bands in
-- this index and compares only the entries that share one, never every stored entry. The band
-- number is mixed into band_hash; first_seen limits the look-up to dedup.window. An updated entry
-- adds its new bands and keeps the old ones (a stale band only costs one comparison); rows of
-- deleted entries match nothing, since candidates are joined to entries.
CREATE TABLE story_bands (
    entry_id   BIGINT  NOT NULL,
    band_no    INTEGER NOT NULL,
    band_hash  BIGINT  NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX story_bands_hash ON story_bands (band_hash, first_seen);

-- Small facts about the store itself, by name: the fingerprint of the topic rules the stored
-- entries were last tagged with.
CREATE TABLE store_facts (
    name  VARCHAR(100)  NOT NULL PRIMARY KEY,
    fact  VARCHAR(1000) NOT NULL
);
