package io.tributary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Tributary's own version, as Maven stamped it into {@code version.properties} at build time. */
public final class Version {
    private Version() {
    }

    /** The version, for example {@code 0.1.0}. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code User-Agent} every request sends: {@code Tributary/<version> (+<base-url>)}. */
    public static String userAgent(String baseUrl) {
        return "Tributary/" + current() + " (+" + baseUrl + ")";
    }
}
