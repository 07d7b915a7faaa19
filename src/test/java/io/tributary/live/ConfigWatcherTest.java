package io.tributary.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigWatcherTest {
    /** Generous: the watcher reacts within about 2.5 s even without file events. */
    private static final long TIMEOUT_SECONDS = 20;

    @TempDir
    Path work;

    private final Semaphore changes = new Semaphore(0);
    private ConfigWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Test
    void noticesAnEditedFile() throws Exception {
        Path file = Files.writeString(work.resolve("tributary.yml"), "title: one\n");
        start(List.of(file), List.of());

        Files.writeString(file, "title: two\n");

        assertThat(changes.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void noticesAFileReplacedByRename() throws Exception {
        Path file = Files.writeString(work.resolve("tributary.yml"), "title: one\n");
        start(List.of(file), List.of());

        Path temp = Files.writeString(work.resolve(".tributary.yml.swp"), "title: two\n");
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        assertThat(changes.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void noticesANewFileInTheSourcesFolder() throws Exception {
        Path file = Files.writeString(work.resolve("tributary.yml"), "title: one\n");
        Path folder = work.resolve(SourcesFolder.NAME);
        start(List.of(file), List.of(folder));

        Files.createDirectories(folder);
        Files.writeString(folder.resolve("more.yml"), "sources: []\n");

        assertThat(changes.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void reportsABurstOfWritesOnce() throws Exception {
        Path file = Files.writeString(work.resolve("tributary.yml"), "title: one\n");
        start(List.of(file), List.of());

        for (int i = 0; i < 5; i++) {
            Files.writeString(file, "title: draft " + i + "\n");
            Thread.sleep(50);
        }

        assertThat(changes.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(changes.tryAcquire(3, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void ignoresAFileRewrittenWithTheSameContent() throws Exception {
        Path file = Files.writeString(work.resolve("tributary.yml"), "title: one\n");
        start(List.of(file), List.of());

        Files.writeString(file, "title: one\n");

        assertThat(changes.tryAcquire(3, TimeUnit.SECONDS)).isFalse();
    }

    private void start(List<Path> files, List<Path> folders) throws Exception {
        watcher = new ConfigWatcher(() -> files, () -> folders, changes::release);
        watcher.start();
        Thread.sleep(300); // let it take its first fingerprint
    }
}
