package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes {@link ConfigLoader#load}: whatever an operator (or a broken editor) writes into the config
 * file, the loader returns a config or throws a {@link ConfigException} naming at least one problem,
 * never anything else. Replays {@code ConfigLoaderFuzzTestInputs/} in a normal build.
 */
class ConfigLoaderFuzzTest {
    private final ConfigLoader loader = new ConfigLoader();

    @FuzzTest(maxDuration = "2m")
    void loadsOrExplainsAnyText(byte[] text) throws IOException {
        // a fresh folder per input: a config may name files relative to itself
        Path folder = Files.createTempDirectory("tributary-config-fuzz");
        Path file = folder.resolve("tributary.yml");
        try {
            Files.write(file, text);
            Config config = loader.load(file);
            assertThat(config.sources()).doesNotContainNull();
        } catch (ConfigException rejected) {
            assertThat(rejected.problems()).isNotEmpty();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }
}
