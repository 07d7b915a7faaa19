package io.tributary.config;

/** The HTTP server: {@code server: { port: 8080 }}. */
public record ServerSettings(int port) {
    public static final int DEFAULT_PORT = 8080;
}
