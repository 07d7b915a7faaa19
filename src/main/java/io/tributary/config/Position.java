package io.tributary.config;

/** Where something is in a config file; line and column count from 1, as editors show them. */
record Position(int line, int column) {
    /** The start of the file, for problems that belong to the file as a whole. */
    static final Position START = new Position(1, 1);
}
