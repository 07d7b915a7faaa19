package io.tributary;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code run}, {@code poll}, {@code publish}, {@code check}. Exit codes are a
 * contract with operators' scripts (DESIGN.md, "Command line"): 0 success, 1 every source failed,
 * 2 bad config.
 */
@Command(name = "tributary",
        mixinStandardHelpOptions = true,
        versionProvider = Tributary.VersionProvider.class,
        description = "Polls source feeds, cleans and de-duplicates their entries, and republishes them as Atom.",
        subcommands = {RunCommand.class, PollCommand.class, PublishCommand.class, CheckCommand.class})
public final class Tributary {
    /** Exit code for a config with problems. */
    public static final int EXIT_BAD_CONFIG = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code, without exiting. */
    public static int execute(String... args) {
        return new CommandLine(new Tributary()).execute(args);
    }

    /** Runs a command line writing to the given streams, and returns its exit code (for tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Tributary()).setOut(out).setErr(err).execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Tributary " + Version.current()};
        }
    }
}
