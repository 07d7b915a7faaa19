package io.tributary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} from this JVM while {@code tributary run} in a second JVM holds the HSQLDB file
 * store: the archive is written by the running process, and {@code restore} brings it back.
 */
class LiveBackupProcessTest {
    /** Generous: JVM start, first poll, shutdown, on a busy machine. */
    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    Path work;

    @Test
    void backupWhileRunRunsInAnotherProcessRestoresEveryEntry() throws Exception {
        Files.writeString(work.resolve("delta.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Delta</title><link>https://delta.example.org/</link>
                <description>Local</description>
                <item><guid>d-1</guid><title>Channel dredged</title><link>https://delta.example.org/1</link></item>
                <item><guid>d-2</guid><title>Beacon relit</title><link>https://delta.example.org/2</link></item>
                </channel></rss>
                """);
        Path config = Files.writeString(work.resolve("tributary.yml"), """
                title: "Live backup"
                base-url: "http://feeds.test"
                server: { port: 0 }
                store: { url: "jdbc:hsqldb:file:%s" }
                sources:
                  - name: "Delta Notes"
                    url: "file:delta.rss"
                """.formatted(work.resolve("store/tributary")));
        Path handshake = work.resolve("store/tributary.operator");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Tributary.class.getName(),
                "run", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("run.log").toFile()).start();
        Path archive = work.resolve("live.tar.gz");
        String[] backup;
        try {
            awaitPolledAndListening(handshake);
            backup = run("backup", "--out", archive.toString(), "--config", config.toString());
        } finally {
            run.destroy(); // SIGTERM: a clean stop
            assertThat(run.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("run ended").isTrue();
        }

        assertThat(backup[0]).as(backup[2]).isEqualTo("0");
        assertThat(backup[1]).contains("by the running tributary run");
        assertThat(handshake).doesNotExist();
        String[] restore = run("restore", archive.toString(), "--config", config.toString());
        assertThat(restore[0]).as(restore[2]).isEqualTo("0");
        assertThat(run("status", "--config", config.toString())[1]).contains("store: 2 stories, 2 entries");
    }

    /** The handshake appears once the endpoint listens; the first poll of a local file is quick after. */
    private void awaitPolledAndListening(Path handshake) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (Files.exists(handshake) && Files.readString(work.resolve("run.log")).contains("poll Delta Notes: ok")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run did not start:\n" + Files.readString(work.resolve("run.log")));
    }

    /** exit, out, err of one command run in this JVM. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Tributary.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }
}
