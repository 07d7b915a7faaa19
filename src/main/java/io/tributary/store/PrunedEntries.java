package io.tributary.store;

import io.tributary.dedup.IdentityKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entries of one source that retention removed while its feed may still list them
 * ({@code pruned_entries}), read and kept up to date inside that source's poll transaction. A poll
 * leaves these entries out, so a pruned entry never comes back as a new story with a new id.
 */
final class PrunedEntries {
    /**
     * How long a removed entry must stay out of the source's whole feed before it is forgotten:
     * long enough that a server serving a short feed for a while does not bring the entries back.
     */
    static final Duration FORGET_AFTER = Duration.ofDays(7);

    /**
     * Records the entries of the stories bound to {@code IN} (placeholders for their ids, from the
     * first parameter on) before retention deletes them. A key already recorded stays as it is.
     */
    static String recordStoriesIn(String in) {
        return "INSERT INTO pruned_entries (source_name, identity_key) "
                + "SELECT e.source_name, e.identity_key FROM entries e WHERE e.story_id IN " + in
                + " AND NOT EXISTS (SELECT 1 FROM pruned_entries p "
                + "WHERE p.source_name = e.source_name AND p.identity_key = e.identity_key)";
    }

    private final Connection connection;
    private final String sourceName;
    /** Key to unlisted-since; read on first use: most polls of most sources never meet one. */
    private Map<String, Optional<Instant>> keys;

    PrunedEntries(Connection connection, String sourceName) {
        this.connection = connection;
        this.sourceName = sourceName;
    }

    boolean contains(IdentityKey key) throws SQLException {
        return keys().containsKey(key.value());
    }

    /**
     * After a poll of the source's whole feed, which lists {@code listed}: a removed entry listed
     * again is no longer counted as unlisted; one not listed is counted so from {@code now}, and
     * forgotten once it has been for {@link #FORGET_AFTER}, since the source no longer carries it.
     */
    void wholeFeedListed(Set<IdentityKey> listed, Instant now) throws SQLException {
        Set<String> stillListed = new HashSet<>();
        listed.forEach(key -> stillListed.add(key.value()));
        try (PreparedStatement mark = connection.prepareStatement(
                "UPDATE pruned_entries SET unlisted_since = ? WHERE source_name = ? AND identity_key = ?");
             PreparedStatement forget = connection.prepareStatement(
                     "DELETE FROM pruned_entries WHERE source_name = ? AND identity_key = ?")) {
            int marked = 0;
            int forgotten = 0;
            for (Map.Entry<String, Optional<Instant>> pruned : keys().entrySet()) {
                String key = pruned.getKey();
                Optional<Instant> since = pruned.getValue();
                if (stillListed.contains(key) && since.isPresent()) {
                    mark(mark, key, Optional.empty());
                    marked++;
                } else if (!stillListed.contains(key) && since.isEmpty()) {
                    mark(mark, key, Optional.of(now));
                    marked++;
                } else if (!stillListed.contains(key) && !since.get().plus(FORGET_AFTER).isAfter(now)) {
                    forget.setString(1, sourceName);
                    forget.setString(2, key);
                    forget.addBatch();
                    forgotten++;
                }
            }
            // HSQLDB refuses to run an empty batch
            if (marked > 0) {
                mark.executeBatch();
            }
            if (forgotten > 0) {
                forget.executeBatch();
            }
        }
        keys = null; // read again if asked after this
    }

    private void mark(PreparedStatement mark, String key, Optional<Instant> since) throws SQLException {
        Columns.setInstant(mark, 1, since);
        mark.setString(2, sourceName);
        mark.setString(3, key);
        mark.addBatch();
    }

    private Map<String, Optional<Instant>> keys() throws SQLException {
        if (keys == null) {
            Map<String, Optional<Instant>> read = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT identity_key, unlisted_since FROM pruned_entries WHERE source_name = ?")) {
                select.setString(1, sourceName);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        read.put(row.getString("identity_key"), Columns.instant(row, "unlisted_since"));
                    }
                }
            }
            keys = read;
        }
        return keys;
    }
}
