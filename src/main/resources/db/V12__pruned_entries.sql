-- The entries retention removed, by source and identity, for as long as their source's feed still
-- lists them. A poll leaves these out: without it an entry pruned for its age but still in its
-- feed (a podcast's back catalogue, a blog's whole history) would come back at the next poll as a
-- new story with a new id, and be pruned and stored again every day. A poll of the source's whole
-- feed forgets those it no longer lists, so the table holds at most a feed's length per source.
CREATE TABLE pruned_entries (
    source_name  VARCHAR(500) NOT NULL,
    identity_key VARCHAR(500) NOT NULL,
    CONSTRAINT pruned_entries_pk PRIMARY KEY (source_name, identity_key)
);
