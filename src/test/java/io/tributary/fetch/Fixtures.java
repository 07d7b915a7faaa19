package io.tributary.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;

/** Fixture files under {@code src/test/resources/fetch/} and the settings most tests share. */
final class Fixtures {

    static final String USER_AGENT = "Tributary/test (+http://localhost/)";

    private Fixtures() {
    }

    /** Generous limits, so that only the limit a test is about can be the one that bites. */
    static FetchSettings settings() {
        return new FetchSettings(USER_AGENT, Duration.ofSeconds(5), Duration.ofSeconds(20), 1_000_000,
                FetchSettings.DEFAULT_MAX_REDIRECTS);
    }

    static FetchSettings withTimeout(Duration timeout) {
        FetchSettings s = settings();
        return new FetchSettings(s.userAgent(), s.connectTimeout(), timeout, s.maxBytes(), s.maxRedirects());
    }

    static FetchSettings withMaxBytes(long maxBytes) {
        FetchSettings s = settings();
        return new FetchSettings(s.userAgent(), s.connectTimeout(), s.timeout(), maxBytes, s.maxRedirects());
    }

    static FetchSettings withMaxRedirects(int maxRedirects) {
        FetchSettings s = settings();
        return new FetchSettings(s.userAgent(), s.connectTimeout(), s.timeout(), s.maxBytes(), maxRedirects);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fetch/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture fetch/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/fetch/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture fetch/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
