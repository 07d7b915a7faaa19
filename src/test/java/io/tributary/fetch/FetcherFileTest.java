package io.tributary.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code file:} URLs, for offline demos: read from disk under the same size limit. */
class FetcherFileTest {

    private Fetcher fetcher;

    @BeforeEach
    void openFetcher() {
        fetcher = new Fetcher(Fixtures.withMaxBytes(1_000));
    }

    @AfterEach
    void closeFetcher() {
        fetcher.close();
    }

    @Test
    void readsAFileUrlWithoutHttpMetadata() {
        URI url = Fixtures.path("small-atom-feed.xml").toUri();

        FetchResult result = fetcher.fetch(url, FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.body()).isEqualTo(Fixtures.bytes("small-atom-feed.xml"));
        assertThat(result.httpStatus()).isZero();
        assertThat(result.etag()).isEmpty();
        assertThat(result.lastModified()).isEmpty();
        assertThat(result.finalUrl()).isEqualTo(url);
    }

    @Test
    void missingFileIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("missing.xml");

        FetchResult result = fetcher.fetch(missing.toUri(), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("file not found: " + missing);
    }

    @Test
    void fileOverTheLimitIsCutAtMaxBytes(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.xml");
        Files.write(big, new byte[5_000]);

        FetchResult result = fetcher.fetch(big.toUri(), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.body()).hasSize(1_000);
    }

    @Test
    void directoryIsAnError(@TempDir Path dir) {
        FetchResult result = fetcher.fetch(dir.toUri(), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).startsWith("not a file: ");
    }
}
