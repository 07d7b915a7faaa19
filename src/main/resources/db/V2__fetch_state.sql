-- Issue 3: fetch state that survives restarts. next_attempt holds back every request before it
-- (backoff, Retry-After); gone marks a 410 until the config entry with config_fingerprint changes.
ALTER TABLE sources ADD COLUMN next_attempt TIMESTAMP WITH TIME ZONE;
ALTER TABLE sources ADD COLUMN gone BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sources ADD COLUMN config_fingerprint VARCHAR(100);
