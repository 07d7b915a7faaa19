package io.tributary.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the published site to a folder, byte for byte what the server sends, for hosting on
 * any static web server: {@code index.html}, {@code all.atom}, {@code all.json},
 * {@code topics/<name>.atom}, {@code topics/<name>.json}, {@code topics/<name>/index.html},
 * {@code sources.opml}, {@code topics.opml}, {@code archive/<k>.atom}, and a copy of every feed
 * under {@code feeds/} as the server names them. No {@code .htaccess} or server rule is needed.
 *
 * <p>Each file is written beside its target and then moved over it, so a web server reading
 * the folder meanwhile sees the old file or the new one, never half of one.
 */
public final class StaticExport {
    private static final String FEEDS = "/feeds/";
    private static final String TOPIC_PAGES = "/topics/";

    public void write(PublishedSite site, Path outDir) throws IOException {
        Path root = outDir.toAbsolutePath().normalize();
        // Every target is checked before the first is written: a bad path leaves the folder as
        // it was rather than half updated.
        Map<Path, PublishedFile> targets = new LinkedHashMap<>();
        for (Map.Entry<String, PublishedFile> entry : site.files().entrySet()) {
            for (String name : fileNames(entry.getKey())) {
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IOException("publish: " + entry.getKey() + " would be written outside "
                            + root);
                }
                targets.put(target, entry.getValue());
            }
        }
        Files.createDirectories(root);
        for (Map.Entry<Path, PublishedFile> target : targets.entrySet()) {
            replace(target.getKey(), target.getValue().body());
        }
    }

    /**
     * {@code /} is {@code index.html} and a topic page {@code topics/<name>/index.html}, the name
     * every static server gives a folder's page. A feed is written twice: without its
     * {@code /feeds/} prefix ({@code all.atom}, {@code topics/<name>.atom}, the short layout),
     * and at the path the server uses ({@code feeds/all.atom}), so the absolute links inside
     * the files (self, next, archive pages) also resolve when the folder is hosted at
     * {@code base-url}.
     */
    static List<String> fileNames(String urlPath) {
        if (PublishedSite.INDEX.equals(urlPath)) {
            return List.of("index.html");
        }
        if (urlPath.startsWith(FEEDS)) {
            return List.of(urlPath.substring(FEEDS.length()), urlPath.substring(1));
        }
        if (urlPath.startsWith(TOPIC_PAGES)) {
            return List.of(urlPath.substring(1) + "/index.html");
        }
        return List.of(urlPath.substring(1));
    }

    /**
     * Temporary files are created private (0600); the web server that hosts the export usually
     * runs as another user, so the published file must be world-readable like any web file.
     */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void replace(Path target, byte[] body) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, body);
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems cannot: a plain replace is still better than no export.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
