package io.tributary.schedule;

import io.tributary.config.ClusterSettings;
import java.util.Properties;

/**
 * Quartz's properties for the two ways Tributary schedules: in memory for one node, or Quartz's
 * clustered JDBC job store over the store's PostgreSQL database. Every value Tributary sets is
 * here, in one place (see the Quartz configuration reference, "JDBC-JobStoreTX" and
 * "Clustering").
 */
final class QuartzSettings {
    /**
     * Every node of a cluster must use the same scheduler name: it is the key of their shared
     * rows ({@code sched_name}). Nodes are told apart by their instance id, the node name.
     */
    static final String CLUSTER_NAME = "tributary";
    /** A run later than this is a misfire, handled by the trigger's misfire rule. */
    private static final String MISFIRE_THRESHOLD_MS = "60000";

    private QuartzSettings() {
    }

    static Properties inMemory(String name, int threads) {
        Properties properties = common(name, threads);
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return properties;
    }

    /**
     * @param dataSource the name under which the store's pool is registered with Quartz's
     *                   {@code DBConnectionManager}
     */
    static Properties clustered(ClusterSettings cluster, String dataSource, int threads) {
        Properties properties = common(CLUSTER_NAME, threads);
        properties.setProperty("org.quartz.scheduler.instanceId", cluster.node());
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
        // the tables made by db/postgresql/V7__cluster.sql (PostgreSQL folds the names to lower case)
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                Long.toString(cluster.checkIn().toMillis()));
        // job data as plain strings, not serialized Java objects that a later build might not read
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        // nodes acquiring triggers at once take Quartz's row lock, so no trigger is fired twice
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return properties;
    }

    private static Properties common(String name, int threads) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", name);
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        properties.setProperty("org.quartz.jobStore.misfireThreshold", MISFIRE_THRESHOLD_MS);
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        return properties;
    }
}
