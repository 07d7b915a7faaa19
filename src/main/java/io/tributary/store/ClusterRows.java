package io.tributary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code cluster_nodes} table: the source list each node started with. */
final class ClusterRows {
    private ClusterRows() {
    }

    /** Replaces the node's row, in one transaction. */
    static void record(Connection connection, NodeSources sources) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cluster_nodes WHERE node = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO cluster_nodes (node, sources_hash, sources, started_at) VALUES (?, ?, ?, ?)")) {
            delete.setString(1, sources.node());
            delete.executeUpdate();
            insert.setString(1, sources.node());
            insert.setString(2, sources.hash());
            insert.setString(3, sources.sources());
            Columns.setInstant(insert, 4, sources.startedAt());
            insert.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static List<NodeSources> all(Connection connection) throws SQLException {
        List<NodeSources> nodes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT node, sources_hash, sources, started_at FROM cluster_nodes ORDER BY node");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                nodes.add(new NodeSources(row.getString("node"), row.getString("sources_hash").trim(),
                        row.getString("sources"), Columns.instant(row, "started_at").orElseThrow()));
            }
        }
        return nodes;
    }
}
