package io.tributary.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the published site to a folder, byte for byte what the server sends, for hosting on
 * any static web server: {@code index.html}, {@code all.atom}, {@code topics/<name>.atom}.
 *
 * <p>Each file is written beside its target and then moved over it, so a web server reading
 * the folder meanwhile sees the old file or the new one, never half of one.
 */
public final class StaticExport {
    private static final String FEEDS = "/feeds/";

    public void write(PublishedSite site, Path outDir) throws IOException {
        Path root = outDir.toAbsolutePath().normalize();
        // Every target is checked before the first is written: a bad path leaves the folder as
        // it was rather than half updated.
        Map<Path, PublishedFile> targets = new LinkedHashMap<>();
        for (Map.Entry<String, PublishedFile> entry : site.files().entrySet()) {
            Path target = root.resolve(fileName(entry.getKey())).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IOException("publish: " + entry.getKey() + " would be written outside "
                        + root);
            }
            targets.put(target, entry.getValue());
        }
        Files.createDirectories(root);
        for (Map.Entry<Path, PublishedFile> target : targets.entrySet()) {
            replace(target.getKey(), target.getValue().body());
        }
    }

    /** {@code /} is {@code index.html}; feeds lose their {@code /feeds/} prefix. */
    private static String fileName(String urlPath) {
        if (PublishedSite.INDEX.equals(urlPath)) {
            return "index.html";
        }
        if (urlPath.startsWith(FEEDS)) {
            return urlPath.substring(FEEDS.length());
        }
        return urlPath.substring(1);
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
