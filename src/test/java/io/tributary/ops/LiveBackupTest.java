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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} while {@code run} holds the store: the run side (the store open, the operator
 * endpoint on loopback) lives in this JVM, and the backup side gets a store opener that fails the
 * way a second process's does, so only the endpoint can have written the archive.
 */
class LiveBackupTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @TempDir
    Path work;

    private final AtomicInteger opens = new AtomicInteger();

    @Test
    void backupOfAStoreHeldByRunIsWrittenByRunAndRestoresEveryEntry() throws Exception {
        StoreSettings settings = fileStore();
        Path archive = work.resolve("live.tar.gz");
        List<String> titles = new ArrayList<>();
        String line;
        try (Store store = Store.open(settings);
             OperatorEndpoint endpoint = OperatorEndpoint.startFor(store, settings).orElseThrow()) {
            titles.addAll(storeEntries(store, "Estuary", 5));
            titles.addAll(storeEntries(store, "Upland", 4));

            line = new StoreBackup(Clock.systemUTC(), this::secondProcessOpen).backup(settings, archive);

            new StoredPolls(store).ok(StoredPolls.source("Estuary"), NOW.plusSeconds(600), 1,
                    StoredPolls.Item.of("Written after the backup", NOW.plusSeconds(600)));
        }
        assertThat(line).contains("backup written to").contains("running tributary");
        assertThat(opens).hasValue(0);

        new StoreRestore(Clock.systemUTC()).restore(archive, settings);

        try (Store store = Store.open(settings)) {
            assertThat(store.latest(100, Optional.empty())).extracting(PublishedStory::title)
                    .containsExactlyInAnyOrderElementsOf(titles);
        }
    }

    @Test
    void backupOfAStoreNobodyHoldsOpensItDirectly() throws Exception {
        StoreSettings settings = fileStore();
        try (Store store = Store.open(settings)) {
            storeEntries(store, "Estuary", 1);
        }
        Path archive = work.resolve("quiet.tar.gz");

        String line = new StoreBackup(Clock.systemUTC()).backup(settings, archive);

        assertThat(line).isEqualTo("backup written to " + archive);
        assertThat(archive).isRegularFile();
    }

    @Test
    void backupOfAHeldStoreWithoutAnEndpointSaysWhatHoldsIt() throws Exception {
        StoreSettings settings = fileStore();
        try (Store store = Store.open(settings)) {
            assertThatThrownBy(() -> new StoreBackup(Clock.systemUTC(), this::secondProcessOpen)
                    .backup(settings, work.resolve("none.tar.gz")))
                    .isInstanceOf(IOException.class).hasMessageContaining("is open in another process")
                    .hasMessageContaining("no operator endpoint");
        }
        assertThat(work.resolve("none.tar.gz")).doesNotExist();
    }

    @Test
    void backupOfAHeldStoreWithAStaleHandshakeSaysNothingAnswers() throws Exception {
        StoreSettings settings = fileStore();
        try (Store store = Store.open(settings)) {
            OperatorEndpoint.startFor(store, settings).orElseThrow().close();
            Path handshake = OperatorHandshake.file(StoreLock.database(settings).orElseThrow());
            new OperatorHandshake(freePort(), "stale").write(handshake);

            assertThatThrownBy(() -> new StoreBackup(Clock.systemUTC(), this::secondProcessOpen)
                    .backup(settings, work.resolve("stale.tar.gz")))
                    .isInstanceOf(IOException.class).hasMessageContaining("nothing answers");
        }
    }

    @Test
    void handshakeIsReadableByItsOwnerOnlyAndGoesWhenTheEndpointStops() throws Exception {
        StoreSettings settings = fileStore();
        Path handshake = OperatorHandshake.file(StoreLock.database(settings).orElseThrow());
        try (Store store = Store.open(settings);
             OperatorEndpoint endpoint = OperatorEndpoint.startFor(store, settings).orElseThrow()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(handshake))).isEqualTo("rw-------");
            assertThat(OperatorHandshake.read(handshake).token()).hasSizeGreaterThanOrEqualTo(40);
        }
        assertThat(handshake).doesNotExist();
    }

    @Test
    void noEndpointForAStoreOtherProcessesCanOpen() throws Exception {
        try (Store store = Store.open(StoredPolls.memory())) {
            assertThat(OperatorEndpoint.startFor(store, StoredPolls.memory())).isEmpty();
        }
    }

    @Test
    void backupRefusesAnArchiveThatExists() throws Exception {
        Path archive = Files.writeString(work.resolve("taken.tar.gz"), "an earlier backup");

        assertThatThrownBy(() -> new StoreBackup(Clock.systemUTC(), this::secondProcessOpen)
                .backup(fileStore(), archive)).hasMessageContaining("exists");
        assertThat(archive).hasContent("an earlier backup");
    }

    /** What {@code Store.open} does in a second process while the first holds the file store. */
    private Store secondProcessOpen(StoreSettings settings) throws StoreException {
        opens.incrementAndGet();
        throw new StoreException(settings.url(), "cannot connect: Database lock acquisition failure", null);
    }

    private static List<String> storeEntries(Store store, String sourceName, int count) throws StoreException {
        SourceConfig source = StoredPolls.source(sourceName);
        List<String> titles = new ArrayList<>();
        StoredPolls.Item[] items = new StoredPolls.Item[count];
        for (int i = 0; i < count; i++) {
            titles.add(sourceName + " story " + i);
            items[i] = StoredPolls.Item.of(titles.get(i), NOW.plusSeconds(i));
        }
        new StoredPolls(store).ok(source, NOW, 1, items);
        return titles;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private StoreSettings fileStore() {
        return new StoreSettings("jdbc:hsqldb:file:" + work.resolve("store/tributary"), "", "");
    }
}
