package io.tributary;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.StoreSettings;
import io.tributary.ops.OperatorEndpoint;
import io.tributary.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's commands from issue 7, run as the command line runs them, on local sources. */
class OperatorCommandsTest {
    @TempDir
    Path work;

    private Path config;

    @BeforeEach
    void writeConfig() throws Exception {
        Files.writeString(work.resolve("estuary.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Estuary</title><link>https://estuary.example.org/</link>
                <description>Local</description>
                <item><guid>e-1</guid><title>Flood gates tested</title><link>https://estuary.example.org/gates</link>
                <description>The flood gates closed on time.</description></item>
                </channel></rss>
                """);
        config = work.resolve("tributary.yml");
        Files.writeString(config, """
                title: "Commands"
                base-url: "http://feeds.test"
                store: { url: "jdbc:hsqldb:file:%s" }
                topics:
                  - name: weather
                    keywords: [flood]
                  - name: boats
                    label: "Boats"
                sources:
                  - name: "Estuary Gazette"
                    url: "file:estuary.rss"
                  - name: "Upland Courier"
                    url: "https://upland.example.org/feed.xml"
                """.formatted(work.resolve("store/tributary")));
    }

    @Test
    void pollOfAnUnknownSourceExitsTwoWithASuggestion() {
        Run run = run("poll", "--config", config.toString(), "--source", "Estuary Gazete");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no source named \"Estuary Gazete\"").contains("did you mean \"Estuary Gazette\"?");
    }

    @Test
    void pollOfOneSourcePollsOnlyThatSource() {
        Run run = run("poll", "--config", config.toString(), "--source", "Estuary Gazette");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Estuary Gazette").doesNotContain("Upland Courier")
                .contains("total: 1 sources, 0 failed; new 1");
    }

    @Test
    void statusShowsEverySourceFromTheStore() {
        run("poll", "--config", config.toString(), "--source", "Estuary Gazette");

        Run run = run("status", "--config", config.toString());

        assertThat(run.out()).contains("Estuary Gazette").contains("Upland Courier").contains("never polled");
    }

    @Test
    void checkPreviewShowsWhatChangedRulesWouldDoAndChangesNothing() throws Exception {
        run("poll", "--config", config.toString(), "--source", "Estuary Gazette");
        Files.writeString(config, Files.readString(config).replace("keywords: [flood]", "keywords: [drought]"));

        Run preview = run("check", "--preview", "--config", config.toString());
        Run again = run("check", "--preview", "--config", config.toString());

        assertThat(preview.exit()).isZero();
        assertThat(preview.out()).contains("topic weather: 0 would gain it, 1 would lose it")
                .contains("- Flood gates tested");
        assertThat(again.out()).isEqualTo(preview.out());
    }

    @Test
    void importOpmlWritesOnlyNewFeedsToANewFileUnderSourcesD() throws Exception {
        Path opml = Files.writeString(work.resolve("list.opml"), """
                <?xml version="1.0"?>
                <opml version="2.0"><body>
                  <outline type="rss" text="Upland again" xmlUrl="https://UPLAND.example.org/feed.xml?utm_source=x"/>
                  <outline type="rss" text="Ferry Times" xmlUrl="https://ferry.example.org/rss" category="Boats"/>
                </body></opml>
                """);

        Run run = run("import-opml", opml.toString(), "--config", config.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("added Ferry Times").contains("already configured").contains("imported 1 of 2");
        List<Path> written;
        try (Stream<Path> files = Files.list(work.resolve("sources.d"))) {
            written = files.toList();
        }
        assertThat(written).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).startsWith("imported-").endsWith(".yml");
            assertThat(Files.readString(file)).contains("\"Ferry Times\"").contains("topics: [\"boats\"]")
                    .doesNotContain("upland");
        });
    }

    @Test
    void importOpmlRefusesAnUnknownTopic() throws Exception {
        Path opml = Files.writeString(work.resolve("list.opml"), "<opml version=\"2.0\"><body/></opml>");

        assertThat(run("import-opml", opml.toString(), "--topic", "nowhere", "--config", config.toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void exportOpmlPrintsEveryConfiguredSource() {
        Run run = run("export-opml", "--config", config.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("<?xml").contains("<opml version=\"2.0\">")
                .contains("xmlUrl=\"https://upland.example.org/feed.xml\"").contains("text=\"Estuary Gazette\"");
    }

    @Test
    void backupThenRestoreBringsTheStoreBack() throws Exception {
        run("poll", "--config", config.toString(), "--source", "Estuary Gazette");
        Path archive = work.resolve("backup.tar.gz");
        assertThat(run("backup", "--out", archive.toString(), "--config", config.toString()).exit()).isZero();
        Files.writeString(work.resolve("estuary.rss"), Files.readString(work.resolve("estuary.rss"))
                .replace("</channel>", "<item><guid>e-2</guid><title>Second tide</title></item></channel>"));
        run("poll", "--config", config.toString(), "--source", "Estuary Gazette");

        Run restore = run("restore", archive.toString(), "--config", config.toString());

        assertThat(restore.exit()).as(restore.err()).isZero();
        Run status = run("status", "--config", config.toString());
        assertThat(status.out()).contains("store: 1 stories, 1 entries");
    }

    @Test
    void backupWhileRunHoldsTheStoreIsWrittenByRunAndRestoreBringsItBack() throws Exception {
        run("poll", "--config", config.toString(), "--source", "Estuary Gazette");
        Path archive = work.resolve("live.tar.gz");
        StoreSettings settings = new StoreSettings("jdbc:hsqldb:file:" + work.resolve("store/tributary"), "", "");
        Run backup;
        Run refused;
        // the pieces of run that hold the store and answer backup, in this JVM
        try (Store store = Store.open(settings);
             OperatorEndpoint endpoint = OperatorEndpoint.startFor(store, settings).orElseThrow()) {
            backup = run("backup", "--out", archive.toString(), "--config", config.toString());
            refused = run("restore", archive.toString(), "--config", config.toString());
        }

        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("backup written to " + archive).contains("running tributary run");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("in use").contains("stop tributary run first");
        Run restore = run("restore", archive.toString(), "--config", config.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(run("status", "--config", config.toString()).out()).contains("store: 1 stories, 1 entries");
    }

    @Test
    void checkPreviewReplaysDeDuplicationWithTheCheckedSettings() throws Exception {
        String text = "The river council approved a new ferry landing beside the old granary after a long survey"
                + " of the tides, the silt and the moorings. Work on the pier begins in spring, and the timber"
                + " for the decking comes from the valley sawmill. Boat owners asked for a lantern on the quay"
                + " and a wider slipway; the council promised both before the summer regatta.";
        Files.writeString(work.resolve("estuary.rss"), feed("Estuary", "e-1", "Ferry landing approved",
                "https://estuary.example.org/landing", text));
        Files.writeString(work.resolve("upland.rss"), feed("Upland", "u-1", "Council backs ferry landing",
                "https://upland.example.org/ferry", text.replace("long survey", "lengthy survey")));
        Files.writeString(config, Files.readString(config).replace("https://upland.example.org/feed.xml", "file:upland.rss"));
        run("poll", "--config", config.toString());
        Files.writeString(config, Files.readString(config) + "dedup: { similarity: 0.999, window: 7d }\n");

        Run preview = run("check", "--preview", "--config", config.toString());

        assertThat(preview.exit()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("de-duplication (similarity 0.999, window 7d): 1 stored stories would be 2")
                .contains("1 stored stories would split").contains("\"Council backs ferry landing\" (Upland Courier)");
        assertThat(run("status", "--config", config.toString()).out()).contains("store: 1 stories, 2 entries");
    }

    private static String feed(String title, String guid, String item, String link, String text) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>https://example.org/</link>
                <description>Local</description>
                <item><guid>%s</guid><title>%s</title><link>%s</link><description>%s</description></item>
                </channel></rss>
                """.formatted(title, guid, item, link, text);
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Tributary.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
