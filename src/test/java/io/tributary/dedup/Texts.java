package io.tributary.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the texts under {@code src/test/resources/dedup/}. */
final class Texts {
    private Texts() {
    }

    static String read(String name) {
        try (InputStream in = Texts.class.getResourceAsStream("/dedup/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture dedup/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
