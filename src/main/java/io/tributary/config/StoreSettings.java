package io.tributary.config;

/**
 * The store: {@code store: { url: "jdbc:hsqldb:file:data/tributary" }}. User and password are
 * empty strings when not given (HSQLDB's default user is {@code SA} with no password).
 */
public record StoreSettings(String url, String user, String password) {
    public static final String DEFAULT_URL = "jdbc:hsqldb:file:data/tributary";
}
