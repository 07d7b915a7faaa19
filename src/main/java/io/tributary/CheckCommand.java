package io.tributary;

import io.tributary.config.Config;
import io.tributary.ops.DuplicatePreview;
import io.tributary.ops.PreviewText;
import io.tributary.ops.RulePreview;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check}: validates the config and prints every problem. */
@Command(name = "check", description = "Validate the config; print each problem as file:line:column: message.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--preview", description = "also show what the topic rules, skip rules and de-duplication"
            + " would do to the stored entries (changes nothing)")
    boolean preview;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws StoreException {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        Config valid = loaded.get();
        spec.commandLine().getOut().printf("%s: valid (%d sources, %d topics)%n", config.file,
                valid.sources().size(), valid.topics().size());
        if (preview) {
            try (Store store = Store.open(valid.store())) {
                new PreviewText().write(new RulePreview().preview(valid, store),
                        new DuplicatePreview().preview(valid, store), spec.commandLine().getOut());
            }
        }
        return 0;
    }
}
