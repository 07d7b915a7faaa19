-- Media files attached to an entry (RSS enclosures, Atom enclosure links, Media RSS, JSON Feed
-- attachments), in the order the feed gave them. An update of the entry replaces them all.
CREATE TABLE entry_enclosures (
    entry_id   BIGINT        NOT NULL,
    enclosure_order INTEGER       NOT NULL,
    url        VARCHAR(4096) NOT NULL,
    media_type VARCHAR(200),
    size_bytes BIGINT,
    CONSTRAINT entry_enclosures_pk PRIMARY KEY (entry_id, enclosure_order),
    CONSTRAINT entry_enclosures_entry FOREIGN KEY (entry_id) REFERENCES entries (id)
);
