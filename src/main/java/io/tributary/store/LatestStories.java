package io.tributary.store;

import io.tributary.parse.Enclosure;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the newest stories as readers see them, in four queries whatever the number of stories:
 * the page of stories with their canonical entries, then the topics, the carriers and the
 * canonical entries' enclosures of the whole page at once.
 */
final class LatestStories {
    /** Stays well under every database's limit on parameters in one statement. */
    private static final int IDS_PER_QUERY = 500;

    private LatestStories() {
    }

    static List<PublishedStory> read(Connection connection, int limit, Optional<String> topic) throws SQLException {
        return read(connection, limit, topic, false);
    }

    /** The newest stories none of whose entries has a topic. */
    static List<PublishedStory> readUncategorized(Connection connection, int limit) throws SQLException {
        return read(connection, limit, Optional.empty(), true);
    }

    private static List<PublishedStory> read(Connection connection, int limit, Optional<String> topic,
                                             boolean uncategorized) throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        return stories(connection, heads(connection, limit, topic, uncategorized));
    }

    /**
     * Stories in the order they were first stored (story id order), skipping the first
     * {@code from} and returning at most {@code limit}: the stable sequence archive pages are cut
     * from, since a story keeps its place in it whatever happens later.
     */
    static List<PublishedStory> inSequence(Connection connection, Optional<String> topic, long from, int limit)
            throws SQLException {
        if (limit <= 0 || from < 0) {
            return List.of();
        }
        // The page is cut from story ids alone (an index walk), and only its rows are joined with
        // their entries: cutting the joined rows would read every earlier story's text as well.
        String sql = HEAD_COLUMNS + "WHERE s.id IN (" + sequence(topic)
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) ORDER BY s.id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 0;
            if (topic.isPresent()) {
                select.setString(++i, topic.get());
            }
            select.setLong(++i, from);
            select.setInt(++i, limit);
            return stories(connection, readHeads(select));
        }
    }

    /** How many stories there are, or how many have {@code topic}. */
    static long count(Connection connection, Optional<String> topic) throws SQLException {
        String sql = "SELECT COUNT(*) FROM (" + sequence(topic) + ") q";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (topic.isPresent()) {
                select.setString(1, topic.get());
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static final String HEAD_COLUMNS = "SELECT s.id, s.tag_id, s.published, s.updated, e.id AS entry_id, "
            + "e.source_name, e.title, e.link, x.content_html, e.summary, e.author "
            + "FROM stories s JOIN entries e ON e.id = s.canonical_entry_id "
            + "JOIN entry_texts x ON x.entry_id = e.id ";

    /** The ids of the story sequence, in order: every published story, or those with the topic. */
    private static String sequence(Optional<String> topic) {
        return topic.isPresent()
                ? "SELECT DISTINCT e.story_id FROM entries e JOIN entry_topics t ON t.entry_id = e.id "
                + "WHERE t.topic = ? ORDER BY e.story_id"
                : "SELECT id FROM stories WHERE canonical_entry_id IS NOT NULL ORDER BY id";
    }

    private static List<Head> readHeads(PreparedStatement select) throws SQLException {
        List<Head> heads = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                heads.add(new Head(row.getLong("id"), row.getString("tag_id"),
                        Columns.instant(row, "published").orElseThrow(),
                        Columns.instant(row, "updated").orElseThrow(),
                        row.getLong("entry_id"), row.getString("source_name"), row.getString("title"),
                        Columns.text(row, "link"), row.getString("content_html"), row.getString("summary"),
                        Columns.text(row, "author")));
            }
        }
        return heads;
    }

    private static List<PublishedStory> stories(Connection connection, List<Head> heads) throws SQLException {
        List<Long> ids = heads.stream().map(Head::storyId).collect(Collectors.toList());
        Map<Long, SortedSet<String>> topics = new HashMap<>();
        Map<Long, List<CarrierRow>> carriers = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            readTopics(connection, chunk, topics);
            readCarriers(connection, chunk, carriers);
        }
        Map<Long, List<Enclosure>> enclosures = new HashMap<>();
        List<Long> entryIds = heads.stream().map(Head::entryId).collect(Collectors.toList());
        for (int from = 0; from < entryIds.size(); from += IDS_PER_QUERY) {
            enclosures.putAll(EnclosureRows.read(connection,
                    entryIds.subList(from, Math.min(entryIds.size(), from + IDS_PER_QUERY))));
        }
        List<PublishedStory> stories = new ArrayList<>(heads.size());
        for (Head head : heads) {
            stories.add(new PublishedStory(head.tagId(), head.title(), head.link(), head.contentHtml(), head.summary(),
                    head.published(), head.updated(), head.author(),
                    List.copyOf(topics.getOrDefault(head.storyId(), Collections.emptySortedSet())),
                    carriersOf(head, carriers.getOrDefault(head.storyId(), List.of())),
                    enclosures.getOrDefault(head.entryId(), List.of())));
        }
        return stories;
    }

    /** Stories per topic, by topic name. */
    static Map<String, Long> topicCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT t.topic, COUNT(DISTINCT e.story_id) FROM entry_topics t "
                        + "JOIN entries e ON e.id = t.entry_id GROUP BY t.topic");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                counts.put(row.getString(1), row.getLong(2));
            }
        }
        return counts;
    }

    private static List<Head> heads(Connection connection, int limit, Optional<String> topic, boolean uncategorized)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(headsQuery(topic.isPresent(), uncategorized))) {
            int i = 0;
            if (topic.isPresent()) {
                select.setString(++i, topic.get());
            }
            select.setInt(++i, limit);
            return readHeads(select);
        }
    }

    /** The newest stories' heads, of a topic (a parameter before the limit) or of none. */
    static String headsQuery(boolean ofTopic, boolean uncategorized) {
        return "SELECT s.id, s.tag_id, s.published, s.updated, e.id AS entry_id, e.source_name, e.title, "
                + "e.link, x.content_html, e.summary, e.author "
                + "FROM stories s JOIN entries e ON e.id = s.canonical_entry_id "
                + "JOIN entry_texts x ON x.entry_id = e.id "
                + (ofTopic ? "WHERE " + StoryTopics.HAS_TOPIC + " " : "")
                + (uncategorized ? "WHERE NOT " + StoryTopics.HAS_ANY_TOPIC + " " : "")
                + "ORDER BY s.published DESC, s.id DESC FETCH FIRST ? ROWS ONLY";
    }

    private static void readTopics(Connection connection, List<Long> storyIds, Map<Long, SortedSet<String>> into)
            throws SQLException {
        String sql = "SELECT DISTINCT e.story_id, t.topic FROM entries e JOIN entry_topics t ON t.entry_id = e.id "
                + "WHERE e.story_id IN (" + placeholders(storyIds.size()) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            setIds(select, storyIds);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    into.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getString(2));
                }
            }
        }
    }

    private static void readCarriers(Connection connection, List<Long> storyIds, Map<Long, List<CarrierRow>> into)
            throws SQLException {
        String sql = "SELECT e.story_id, e.id, e.source_name, e.link, src.url, src.feed_title, src.rights "
                + "FROM entries e JOIN sources src ON src.name = e.source_name "
                + "WHERE e.story_id IN (" + placeholders(storyIds.size()) + ") ORDER BY e.first_seen, e.id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            setIds(select, storyIds);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Carrier carrier = new Carrier(row.getString("source_name"), URI.create(row.getString("url")),
                            Columns.text(row, "feed_title"), Columns.text(row, "link"), Columns.text(row, "rights"));
                    into.computeIfAbsent(row.getLong("story_id"), id -> new ArrayList<>())
                            .add(new CarrierRow(row.getLong("id"), carrier));
                }
            }
        }
    }

    /** The canonical entry's source first, then the others as they first carried it; each source once. */
    private static List<Carrier> carriersOf(Head head, List<CarrierRow> rows) {
        Map<String, Carrier> bySource = new LinkedHashMap<>();
        rows.stream().filter(r -> r.entryId() == head.entryId()).findFirst()
                .ifPresent(r -> bySource.put(r.carrier().sourceName(), r.carrier()));
        for (CarrierRow row : rows) {
            bySource.putIfAbsent(row.carrier().sourceName(), row.carrier());
        }
        return List.copyOf(bySource.values());
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void setIds(PreparedStatement statement, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 1, ids.get(i));
        }
    }

    /** A story and its canonical entry: everything but its topics and carriers. */
    private record Head(long storyId, String tagId, Instant published, Instant updated, long entryId,
                        String sourceName, String title, Optional<String> link, String contentHtml, String summary,
                        Optional<String> author) {
    }

    private record CarrierRow(long entryId, Carrier carrier) {
    }
}
