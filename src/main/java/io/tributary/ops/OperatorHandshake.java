package io.tributary.ops;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * The file through which {@code run} tells other commands of the same user where its loopback
 * operator endpoint listens and which secret it wants: {@code <store>.operator} next to an HSQLDB
 * file store, readable by its owner only. Whoever can read it may ask {@code run} to act; that is
 * the same user who could read the store's files anyway.
 *
 * @param port  the loopback port of the endpoint
 * @param token the secret every request must carry
 */
public record OperatorHandshake(int port, String token) {
    /** The handshake file of the database at {@code database} ({@code data/tributary}). */
    public static Path file(Path database) {
        return database.resolveSibling(database.getFileName() + ".operator");
    }

    /**
     * Writes this handshake to {@code file}, replacing a stale one, created owner-only from the
     * start (never world-readable for a moment) where the file system knows POSIX permissions.
     */
    void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("token", token);
        StringWriter text = new StringWriter();
        properties.store(text, "tributary run: its loopback operator endpoint; deleted when it stops");
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(text.toString());
        }
    }

    /** Reads what {@link #write} wrote; an IOException for a missing, unreadable or malformed file. */
    static OperatorHandshake read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String port = properties.getProperty("port", "");
        String token = properties.getProperty("token", "");
        if (!port.matches("[0-9]{1,5}") || token.isEmpty()) {
            throw new IOException(file + " is not a tributary operator handshake");
        }
        return new OperatorHandshake(Integer.parseInt(port), token);
    }

    @Override
    public String toString() {
        return "OperatorHandshake[port=" + port + ", token=***]"; // the secret never reaches a log
    }
}
