package io.tributary.config;

/** HTTP basic auth for a private feed. {@link #toString()} never shows the password. */
public record BasicAuth(String user, String password) {
    @Override
    public String toString() {
        return "BasicAuth[user=" + user + ", password=***]";
    }
}
