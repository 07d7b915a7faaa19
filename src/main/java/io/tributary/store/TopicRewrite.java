package io.tributary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tags again, in one transaction, the entries of every story still published: the newest
 * {@code storiesPerFeed} of the merged feed and of each topic feed as stored. Runs only when the
 * rules' fingerprint differs from the one recorded in {@code store_facts}, then records the new
 * one, so opening the store with unchanged rules costs one read.
 */
final class TopicRewrite {
    static final String RULES_FACT = "topic-rules";
    private static final int IDS_PER_QUERY = 500;

    private final Connection connection;

    TopicRewrite(Connection connection) {
        this.connection = connection;
    }

    /** @return entries whose topics changed, or -1 when the rules are the ones last applied */
    int rewrite(String rulesFingerprint, int storiesPerFeed, Retagging tagging) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (storedFact().filter(rulesFingerprint::equals).isPresent()) {
                connection.rollback();
                return -1;
            }
            List<Long> stories = new ArrayList<>(publishedStories(storiesPerFeed));
            int changed = 0;
            for (int from = 0; from < stories.size(); from += IDS_PER_QUERY) {
                changed += rewriteStories(stories.subList(from, Math.min(stories.size(), from + IDS_PER_QUERY)),
                        tagging);
            }
            saveFact(rulesFingerprint);
            if (changed > 0) {
                try (PreparedStatement bump = connection.prepareStatement(
                        "UPDATE store_change SET change_count = change_count + 1, changed_at = ? WHERE id = 1")) {
                    Columns.setInstant(bump, 1, Instant.now());
                    bump.executeUpdate();
                }
            }
            connection.commit();
            return changed;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Set<Long> publishedStories(int perFeed) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>(newest(perFeed, Optional.empty()));
        List<String> topics = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT topic FROM entry_topics");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                topics.add(row.getString(1));
            }
        }
        for (String topic : topics) {
            ids.addAll(newest(perFeed, Optional.of(topic)));
        }
        return ids;
    }

    private List<Long> newest(int limit, Optional<String> topic) throws SQLException {
        return CurrentPages.newest(connection, limit, topic);
    }

    private int rewriteStories(List<Long> storyIds, Retagging tagging) throws SQLException {
        String in = String.join(", ", Collections.nCopies(storyIds.size(), "?"));
        Map<Long, Set<String>> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT t.entry_id, t.topic FROM entry_topics t "
                + "JOIN entries e ON e.id = t.entry_id WHERE e.story_id IN (" + in + ")")) {
            setIds(select, storyIds);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    stored.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getString(2));
                }
            }
        }
        int changed = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT e.id, e.source_name, e.title, "
                + "e.summary, x.body_text, e.categories FROM entries e JOIN entry_texts x ON x.entry_id = e.id "
                + "WHERE e.story_id IN (" + in + ")");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM entry_topics WHERE entry_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO entry_topics (entry_id, topic) VALUES (?, ?)")) {
            setIds(select, storyIds);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long entryId = row.getLong("id");
                    Set<String> topics = new TreeSet<>(tagging.topicsOf(row.getString("source_name"),
                            row.getString("title"), row.getString("summary"), row.getString("body_text"),
                            EntryCategories.split(row.getString("categories"))));
                    if (topics.equals(stored.getOrDefault(entryId, Set.of()))) {
                        continue;
                    }
                    delete.setLong(1, entryId);
                    delete.executeUpdate();
                    for (String topic : topics) {
                        insert.setLong(1, entryId);
                        insert.setString(2, topic);
                        insert.executeUpdate();
                    }
                    changed++;
                }
            }
        }
        return changed;
    }

    private Optional<String> storedFact() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT fact FROM store_facts WHERE name = ?")) {
            select.setString(1, RULES_FACT);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private void saveFact(String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE store_facts SET fact = ? WHERE name = ?")) {
            update.setString(1, value);
            update.setString(2, RULES_FACT);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO store_facts (name, fact) VALUES (?, ?)")) {
            insert.setString(1, RULES_FACT);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private static void setIds(PreparedStatement statement, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 1, ids.get(i));
        }
    }
}
