-- An entry's two long texts move to a table of their own. In an embedded HSQLDB store (CACHED
-- tables) every index node of a table lives inside its row, so each walk of an entries index
-- (the identity and link look-ups, the five indexes an insert updates) read whole rows from disk,
-- these texts of several KB included. Without them entries rows are small; the texts are read by
-- primary key only, when a story is published or an entry tagged again. No index or constraint
-- names content_html or body_text, so the columns can simply be dropped once copied.
CREATE TABLE entry_texts (
    entry_id     BIGINT           NOT NULL PRIMARY KEY,
    content_html VARCHAR(1000000) NOT NULL,
    body_text    VARCHAR(1000000) NOT NULL,
    CONSTRAINT entry_texts_entry FOREIGN KEY (entry_id) REFERENCES entries (id)
);
INSERT INTO entry_texts (entry_id, content_html, body_text) SELECT id, content_html, body_text FROM entries;
ALTER TABLE entries DROP COLUMN content_html;
ALTER TABLE entries DROP COLUMN body_text;
