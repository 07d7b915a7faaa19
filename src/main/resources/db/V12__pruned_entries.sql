-- The entries retention removed, by source and identity, for as long as their source's feed still
-- lists them. A poll leaves these out: without it an entry pruned for its age but still in its
-- feed (a podcast's back catalogue, a blog's whole history) would come back at the next poll as a
-- new story with a new id, and be pruned and stored again every day. unlisted_since is when a
-- poll of the source's whole feed first did not list the entry; one that stays unlisted for a week
-- is forgotten, so the table holds about a feed's length per source, and a feed served short for
-- a while (a server's bad day) forgets nothing.
CREATE TABLE pruned_entries (
    source_name    VARCHAR(500) NOT NULL,
    identity_key   VARCHAR(500) NOT NULL,
    unlisted_since TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pruned_entries_pk PRIMARY KEY (source_name, identity_key)
);
