-- An embedded store keeps its fingerprint band index in memory (io.tributary.store.MemoryBands)
-- and fills it with the entries first seen within the de-duplication window: this index finds
-- them without reading the rest of the table.
CREATE INDEX entries_first_seen ON entries (first_seen);
