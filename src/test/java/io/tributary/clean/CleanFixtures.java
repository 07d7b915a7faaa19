package io.tributary.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the cleaner fixtures under {@code src/test/resources/clean/}, one file per case. */
final class CleanFixtures {
    private CleanFixtures() {
    }

    static String html(String name) {
        try (InputStream in = CleanFixtures.class.getResourceAsStream("/clean/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture clean/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
