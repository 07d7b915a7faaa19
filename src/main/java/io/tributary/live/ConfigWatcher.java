package io.tributary.live;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls back when a config file changes: any of the files the running config was read from, or
 * a file appearing in, changing in or leaving a {@code sources.d/} folder.
 *
 * <p>It compares the files' contents, not events: a WatchService on their folders wakes it at
 * once, and it also looks every {@link #FALLBACK} on its own, because some editors save by
 * replacing the file (the watched one vanishes) and some file systems send no events at all.
 * A change is reported once it has been still for {@link #DEBOUNCE}, so an editor writing in
 * several steps causes one reload, not three.
 */
public final class ConfigWatcher implements AutoCloseable {
    static final Duration DEBOUNCE = Duration.ofMillis(500);
    static final Duration FALLBACK = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

    private final Supplier<List<Path>> files;
    private final Supplier<List<Path>> folders;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean running = true;
    private WatchService watcher;
    private Map<Path, Integer> baseline;

    /**
     * @param files    the files to watch (asked again after each change: includes may change)
     * @param folders  folders whose {@code *.yml} / {@code *.yaml} files count too ({@code sources.d/})
     * @param onChange called on the watcher's thread after a change settled
     */
    public ConfigWatcher(Supplier<List<Path>> files, Supplier<List<Path>> folders, Runnable onChange) {
        this.files = files;
        this.folders = folders;
        this.onChange = onChange;
        this.thread = new Thread(this::watch, "config-watcher");
        thread.setDaemon(true);
    }

    public void start() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("config: no file events ({}); looking for changes every {} s", e, FALLBACK.toSeconds());
        }
        // Taken here, not on the thread: an edit saved right after start must count as a change.
        baseline = fingerprint();
        register();
        thread.start();
    }

    private void watch() {
        Map<Path, Integer> last = baseline;
        while (running) {
            waitForNews();
            Map<Path, Integer> now = fingerprint();
            if (now.equals(last)) {
                continue;
            }
            // A save may pass through a truncated file on its way back to the same content.
            if (settled(now).equals(last) || !running) {
                continue;
            }
            try {
                onChange.run();
            } catch (RuntimeException e) {
                LOG.error("config: applying the edit failed", e);
            }
            last = fingerprint();
            register();
        }
    }

    /** Waits for an event or the fallback period, whichever comes first. */
    private void waitForNews() {
        try {
            if (watcher == null) {
                Thread.sleep(FALLBACK.toMillis());
                return;
            }
            WatchKey key = watcher.poll(FALLBACK.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            while (key != null) {
                key.pollEvents();
                key.reset();
                key = watcher.poll();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            running = false;
        }
    }

    /** Waits until the files stop changing for {@link #DEBOUNCE}. */
    private Map<Path, Integer> settled(Map<Path, Integer> changed) {
        Map<Path, Integer> current = changed;
        while (running) {
            try {
                Thread.sleep(DEBOUNCE.toMillis());
            } catch (InterruptedException e) {
                running = false;
                break;
            }
            Map<Path, Integer> again = fingerprint();
            if (again.equals(current)) {
                break;
            }
            current = again;
        }
        return current;
    }

    /** Each watched file's content hash (0 when missing), by path. */
    private Map<Path, Integer> fingerprint() {
        Map<Path, Integer> prints = new TreeMap<>();
        for (Path file : files.get()) {
            prints.put(file.toAbsolutePath(), hash(file));
        }
        for (Path folder : folders.get()) {
            prints.put(folder.toAbsolutePath(), Files.isDirectory(folder) ? 1 : 0);
            for (Path file : yamlFiles(folder)) {
                prints.put(file.toAbsolutePath(), hash(file));
            }
        }
        return prints;
    }

    private static int hash(Path file) {
        try {
            return Arrays.hashCode(Files.readAllBytes(file)) * 31 + 1;
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> found = new java.util.ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{yml,yaml}")) {
            stream.forEach(found::add);
        } catch (IOException e) {
            LOG.debug("config: cannot list {}", folder, e);
        }
        return found;
    }

    /** Watches the folder of every file and every sources folder (and its parent, to see it appear). */
    private void register() {
        if (watcher == null) {
            return;
        }
        Set<Path> dirs = new HashSet<>();
        for (Path file : files.get()) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                dirs.add(parent);
            }
        }
        for (Path folder : folders.get()) {
            dirs.add(folder.toAbsolutePath());
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null) {
                dirs.add(parent);
            }
        }
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                } catch (IOException e) {
                    LOG.debug("config: cannot watch {}", dir, e);
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.debug("config: closing the watch service failed", e);
            }
        }
    }
}
