package io.tributary.store;

import io.tributary.dedup.IdentityKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entries of one source that retention removed while its feed may still list them
 * ({@code pruned_entries}), read and forgotten inside that source's poll transaction. A poll
 * leaves these entries out, so a pruned entry never comes back as a new story with a new id.
 */
final class PrunedEntries {
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
    /** Read on first use: most polls of most sources never meet a pruned entry. */
    private Set<String> keys;

    PrunedEntries(Connection connection, String sourceName) {
        this.connection = connection;
        this.sourceName = sourceName;
    }

    boolean contains(IdentityKey key) throws SQLException {
        return keys().contains(key.value());
    }

    /**
     * Forgets the pruned entries that {@code listed} (every entry of the source's whole feed) does
     * not hold: the source no longer carries them, so they cannot come back from it.
     *
     * @return how many were forgotten
     */
    int forgetAllBut(Set<IdentityKey> listed) throws SQLException {
        Set<String> stillListed = new HashSet<>();
        listed.forEach(key -> stillListed.add(key.value()));
        List<String> gone = new ArrayList<>();
        for (String key : keys()) {
            if (!stillListed.contains(key)) {
                gone.add(key);
            }
        }
        if (gone.isEmpty()) {
            return 0;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM pruned_entries WHERE source_name = ? AND identity_key = ?")) {
            for (String key : gone) {
                delete.setString(1, sourceName);
                delete.setString(2, key);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        keys.removeAll(gone);
        return gone.size();
    }

    private Set<String> keys() throws SQLException {
        if (keys == null) {
            Set<String> read = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT identity_key FROM pruned_entries WHERE source_name = ?")) {
                select.setString(1, sourceName);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        read.add(row.getString(1));
                    }
                }
            }
            keys = read;
        }
        return keys;
    }
}
