package io.tributary;

import io.tributary.config.Config;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: validates the config and prints every problem. */
@Command(name = "check", description = "Validate the config; print each problem as file:line:column: message.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        Config valid = loaded.get();
        spec.commandLine().getOut().printf("%s: valid (%d sources, %d topics)%n", config.file,
                valid.sources().size(), valid.topics().size());
        return 0;
    }
}
