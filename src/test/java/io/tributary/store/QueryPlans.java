package io.tributary.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** HSQLDB's plan for a query ({@code EXPLAIN PLAN FOR}), as one text, for tests of index use. */
final class QueryPlans {
    private QueryPlans() {
    }

    static String of(Store store, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("EXPLAIN PLAN FOR " + sql)) {
            while (row.next()) {
                plan.append(row.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
