package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.store.PublishedStory;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final SourceConfig source = StoredPolls.source("Estuary");

    @TempDir
    Path work;

    @Test
    void restoreBringsTheStoreBackToTheBackupsState() throws Exception {
        StoreSettings settings = fileStore();
        Path archive = work.resolve("backup.tar.gz");
        try (Store store = Store.open(settings)) {
            new StoredPolls(store).ok(source, NOW, 1, StoredPolls.Item.of("Before the backup", NOW));
            store.backup(archive);
            new StoredPolls(store).ok(source, NOW.plusSeconds(60), 1,
                    StoredPolls.Item.of("After the backup", NOW.plusSeconds(60)));
        }
        assertThat(archive).isRegularFile();

        Path aside = new StoreRestore(Clock.systemUTC()).restore(archive, settings);

        try (Store store = Store.open(settings)) {
            assertThat(store.latest(10, Optional.empty())).extracting(PublishedStory::title)
                    .containsExactly("Before the backup");
        }
        assertThat(aside).isDirectory();
    }

    @Test
    void restoreRefusesWhileTheStoreIsOpen() throws Exception {
        StoreSettings settings = fileStore();
        Path archive = work.resolve("open.tar.gz");
        try (Store store = Store.open(settings)) {
            store.backup(archive);

            assertThatThrownBy(() -> new StoreRestore(Clock.systemUTC()).restore(archive, settings))
                    .isInstanceOf(IOException.class).hasMessageContaining("in use");
        }
    }

    @Test
    void backupRefusesAStoreThatIsNotAnHsqldbFile() throws Exception {
        try (Store store = Store.open(StoredPolls.memory())) {
            assertThatThrownBy(() -> store.backup(work.resolve("memory.tar.gz")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("pg_dump");
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotAnArchive() throws Exception {
        Path junk = Files.writeString(work.resolve("junk.tar.gz"), "these are not the files you want");

        assertThatThrownBy(() -> new StoreRestore(Clock.systemUTC()).restore(junk, fileStore()))
                .isInstanceOf(IOException.class);
        assertThat(List.of(work.resolve("store").toFile().list() == null ? new String[0]
                : work.resolve("store").toFile().list())).noneMatch(name -> name.startsWith("tributary."));
    }

    private StoreSettings fileStore() {
        return new StoreSettings("jdbc:hsqldb:file:" + work.resolve("store/tributary"), "", "");
    }
}
