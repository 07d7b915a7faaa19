-- Three statements: a table, a copy from a table the test makes only after the first attempt, an index.
CREATE TABLE locks (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL);
INSERT INTO locks (id, name) SELECT id, name FROM lock_survey;
CREATE INDEX locks_name ON locks (name);
