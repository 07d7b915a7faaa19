package io.tributary.store;

/**
 * Conditions on a story {@code s} about the topics of its entries, for queries that walk the
 * stories newest first until a page is full. The EXISTS are nested so that each story passed
 * costs two index look-ups (the entries of the story, then that entry's topic): with a JOIN
 * inside one EXISTS, HSQLDB starts from {@code entry_topics_topic} and walks every entry of the
 * topic for every story passed, which on a file store reads those rows from disk.
 */
final class StoryTopics {
    /** The story has an entry with the topic given as the next parameter. */
    static final String HAS_TOPIC = "EXISTS (SELECT 1 FROM entries te WHERE te.story_id = s.id AND "
            + "EXISTS (SELECT 1 FROM entry_topics t WHERE t.entry_id = te.id AND t.topic = ?))";
    /** The story has an entry with some topic. */
    static final String HAS_ANY_TOPIC = "EXISTS (SELECT 1 FROM entries te WHERE te.story_id = s.id AND "
            + "EXISTS (SELECT 1 FROM entry_topics t WHERE t.entry_id = te.id))";

    private StoryTopics() {
    }
}
