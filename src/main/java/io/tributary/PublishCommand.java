package io.tributary;

import io.tributary.config.Config;
import io.tributary.pipeline.River;
import io.tributary.publish.PublishedSite;
import io.tributary.publish.StaticExport;
import io.tributary.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publish --out DIR}: writes the published files from the store, the same bytes the server serves. */
@Command(name = "publish", description = "Write every published file from the store: all.atom, all.json, "
        + "topics/<topic>.atom and .json, archive pages, sources.opml, topics.opml, index.html and topic pages.")
final class PublishCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write to")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws StoreException, IOException {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        try (River river = River.open(loaded.get(), Clock.systemUTC())) {
            PublishedSite site = river.render();
            new StaticExport().write(site, out);
            spec.commandLine().getOut().printf("wrote %d files to %s%n", site.files().size(), out);
        }
        return 0;
    }
}
