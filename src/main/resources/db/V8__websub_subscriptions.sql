-- Issue 6, item 4: WebSub subscriptions to the hubs of sources with `websub: true`. One row per
-- subscription, found by the opaque id in its callback URL (/websub/<callback_id>). The secret
-- signs what the hub pushes (X-Hub-Signature). state is pending, active, denied or
-- unsubscribing; lease_expiry is when the hub's lease ends, NULL until the hub verified it.
CREATE TABLE websub_subscriptions (
    callback_id   VARCHAR(100)  NOT NULL PRIMARY KEY,
    source_name   VARCHAR(500)  NOT NULL,
    topic         VARCHAR(4096) NOT NULL,
    hub           VARCHAR(4096) NOT NULL,
    secret        VARCHAR(200)  NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at   TIMESTAMP WITH TIME ZONE,
    lease_expiry  TIMESTAMP WITH TIME ZONE,
    last_error    VARCHAR(4000)
);
CREATE INDEX websub_subscriptions_source ON websub_subscriptions (source_name);
