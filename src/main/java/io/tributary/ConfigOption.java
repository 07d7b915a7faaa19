package io.tributary;

import io.tributary.config.Config;
import io.tributary.config.ConfigException;
import io.tributary.config.ConfigLoader;
import io.tributary.config.ConfigProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --config F} option every command shares, and loading it with problems printed. */
final class ConfigOption {
    static final String DEFAULT = "config/tributary.yml";

    @Option(names = "--config", paramLabel = "FILE", defaultValue = DEFAULT,
            description = "config file (default: ${DEFAULT-VALUE})")
    Path file;

    /** The config, or empty after printing each problem as {@code file:line:column: message}. */
    Optional<Config> load(PrintWriter err) {
        try {
            return Optional.of(new ConfigLoader().load(file));
        } catch (ConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                err.println(problem);
            }
            err.flush();
            return Optional.empty();
        }
    }
}
