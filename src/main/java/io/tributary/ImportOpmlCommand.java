package io.tributary;

import io.tributary.config.Config;
import io.tributary.live.SourcesFolder;
import io.tributary.opml.OpmlFeed;
import io.tributary.opml.OpmlImport;
import io.tributary.opml.OpmlReader;
import io.tributary.opml.SourceFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-opml FILE}: the OPML's feeds into a new file under {@code sources.d/}. */
@Command(name = "import-opml", description = "Add the feeds of an OPML file as a new source file under sources.d/,"
        + " skipping feeds already configured.")
final class ImportOpmlCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Mixin
    ConfigOption config;

    @Parameters(index = "0", paramLabel = "FILE", description = "the OPML file")
    Path opml;

    @Option(names = "--topic", paramLabel = "T", description = "also give every imported source this topic")
    String topic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Config> loaded = config.load(err);
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        Config valid = loaded.get();
        if (topic != null && valid.topic(topic).isEmpty()) {
            err.printf("import-opml: there is no topic %s in %s%n", topic, config.file);
            err.flush();
            return Tributary.EXIT_BAD_CONFIG;
        }
        List<OpmlFeed> feeds;
        try (InputStream in = Files.newInputStream(opml)) {
            feeds = new OpmlReader().read(in);
        } catch (IOException e) {
            err.println("import-opml: " + opml + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        OpmlImport.Plan plan = new OpmlImport().plan(valid, feeds, Optional.ofNullable(topic));
        plan.skipped().forEach(reason -> out.println("skipped " + reason));
        if (plan.added().isEmpty()) {
            out.printf("nothing to import: %d feeds in %s, none new%n", feeds.size(), opml);
            out.flush();
            return 0;
        }
        Path target = SourcesFolder.of(config.file)
                .resolve("imported-" + STAMP.format(Clock.systemUTC().instant()) + ".yml");
        new SourceFileWriter().write(target, plan.added(), opml.getFileName().toString());
        plan.added().forEach(source -> out.printf("added %s <%s>%s%n", source.name(), source.url(),
                source.topics().isEmpty() ? "" : " topics " + source.topics()));
        out.printf("imported %d of %d feeds into %s (%d skipped)%n", plan.added().size(), feeds.size(), target,
                plan.skipped().size());
        out.flush();
        return 0;
    }
}
