-- Scaling out (issue 8). Every database gets the table where each node records the source list
-- it started with, so that a node whose config disagrees with the others can say so. Quartz's
-- clustered job store needs PostgreSQL: its tables are in db/postgresql/V7__cluster.sql only.
CREATE TABLE cluster_nodes (
    node         VARCHAR(200)     NOT NULL PRIMARY KEY,
    sources_hash CHAR(64)         NOT NULL,
    sources      VARCHAR(1000000) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
