package io.tributary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stories on a feed's current page: the newest of all, or the newest of one topic. Pruning
 * keeps them, and re-tagging starts from them. Each is read without walking the stories table
 * or a whole topic for every story (see {@link StoryTopics}).
 */
final class CurrentPages {
    /** A topic with fewer entries than this many pages is rare (see {@link #isRare}). */
    private static final int RARE_TOPIC_PAGES = 10;

    private CurrentPages() {
    }

    /** The ids of the newest {@code size} stories, of {@code topic} if given, newest first. */
    static List<Long> newest(Connection connection, int size, Optional<String> topic) throws SQLException {
        if (size <= 0) {
            return List.of();
        }
        if (topic.isEmpty()) {
            return ids(connection, "SELECT s.id FROM stories s ORDER BY s.published DESC, s.id DESC FETCH FIRST "
                    + size + " ROWS ONLY", Optional.empty());
        }
        String sql = isRare(connection, topic.get(), size) ? rareTopicPage(size) : topicPage(size);
        return ids(connection, sql, topic);
    }

    /** A rare topic's page, from the topic's own entries: walking the stories would pass nearly all. */
    static String rareTopicPage(int size) {
        return "SELECT s.id FROM stories s WHERE s.id IN (SELECT te.story_id FROM entry_topics t "
                + "JOIN entries te ON te.id = t.entry_id WHERE t.topic = ?) "
                + "ORDER BY s.published DESC, s.id DESC FETCH FIRST " + size + " ROWS ONLY";
    }

    /** A topic's page, walking the stories newest first until it is full (see {@link StoryTopics}). */
    static String topicPage(int size) {
        return "SELECT s.id FROM stories s WHERE " + StoryTopics.HAS_TOPIC + " "
                + "ORDER BY s.published DESC, s.id DESC FETCH FIRST " + size + " ROWS ONLY";
    }

    /**
     * Whether fewer than {@link #RARE_TOPIC_PAGES} pages' worth of entries have {@code topic}
     * (read through {@code entry_topics_topic}, at most that many): then its page is found faster
     * from its entries; else walking the stories newest first passes at most about a
     * {@link #RARE_TOPIC_PAGES}th of them before the page is full.
     */
    private static boolean isRare(Connection connection, String topic, int pageSize) throws SQLException {
        long few = (long) pageSize * RARE_TOPIC_PAGES;
        return ids(connection, "SELECT entry_id FROM entry_topics WHERE topic = ? FETCH FIRST " + few + " ROWS ONLY",
                Optional.of(topic)).size() < few;
    }

    /** The first column of every row, with {@code text}, if given, bound to the one parameter. */
    private static List<Long> ids(Connection connection, String sql, Optional<String> text) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (text.isPresent()) {
                select.setString(1, text.get());
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }
}
