package io.tributary.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the feed fixtures under {@code src/test/resources/feeds/}, one file per case. */
final class FeedFixtures {
    private FeedFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture feeds/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
