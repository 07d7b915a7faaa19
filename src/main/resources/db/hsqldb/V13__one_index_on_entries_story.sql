-- HSQLDB indexes entries.story_id for the foreign key entries_story (ENTRIES_STORY, which the
-- queries use); entries_story_id from V1 repeats it, and every insert of an entry maintained
-- both. See db/V13__one_index_on_entries_story.sql.
DROP INDEX entries_story_id;
