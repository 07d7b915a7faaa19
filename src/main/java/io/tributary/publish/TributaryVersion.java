package io.tributary.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven filtered into {@code io/tributary/version.properties} at build time. */
final class TributaryVersion {
    private static final String RESOURCE = "/io/tributary/version.properties";

    private TributaryVersion() {
    }

    /** The build's version, or {@code "dev"} when the resource was not filtered (an IDE run). */
    static String current() {
        try (InputStream in = TributaryVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev");
            return version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("publish: cannot read " + RESOURCE, e);
        }
    }
}
