package io.tributary;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line: {@code run}, {@code poll}, {@code publish}, {@code check}. Exit codes are a
 * contract with operators' scripts (DESIGN.md, "Command line"): 0 success, 1 every source failed,
 * 2 bad config.
 */
@Command(name = "tributary",
        mixinStandardHelpOptions = true,
        versionProvider = Tributary.VersionProvider.class,
        description = "Polls source feeds, cleans and de-duplicates their entries, and republishes them as Atom.",
        subcommands = {RunCommand.class, PollCommand.class, PublishCommand.class, CheckCommand.class,
            StatusCommand.class, ImportOpmlCommand.class, ExportOpmlCommand.class, BackupCommand.class,
            RestoreCommand.class})
public final class Tributary {
    /** Exit code for a config with problems. */
    public static final int EXIT_BAD_CONFIG = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** {@code --log-format text|json}, given before or after the command name; applied before it runs. */
    @Option(names = "--log-format", paramLabel = "FORMAT", scope = ScopeType.INHERIT, defaultValue = "text",
            description = "log lines as text (default) or json (one JSON object per line)")
    LogFormat logFormat;

    /** Runs a command line and returns its exit code, without exiting. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Runs a command line writing to the given streams, and returns its exit code (for tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Tributary());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionStrategy(parsed -> {
            LogFormat format = LogFormat.TEXT;
            for (CommandLine.ParseResult at = parsed; at != null; at = at.subcommand()) {
                format = at.matchedOptionValue("--log-format", format);
            }
            format.apply();
            return new CommandLine.RunLast().execute(parsed);
        });
        return line;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Tributary " + Version.current()};
        }
    }
}
