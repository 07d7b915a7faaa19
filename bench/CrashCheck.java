import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a Tributary store with what bench/ChangingFeedsServer served, for bench/crash-test.
 * Run with the store's driver on the class path (the shaded jar carries HSQLDB):
 *
 * <pre>java -cp target/tributary.jar bench/CrashCheck.java committed STORE_URL REQUESTS RUN_LOG...
 * java -cp target/tributary.jar bench/CrashCheck.java exact STORE_URL REQUESTS</pre>
 *
 * <p>{@code committed}: every entry that a poll logged as done ({@code poll feed-N: ok ...}, an INFO
 * line written after the poll's transaction committed) had fetched is in the store. The fetch of
 * that poll is the last request for feed N before the log line: Quartz never runs two polls of one
 * source at once, and a killed process makes no more requests. {@code exact}: after a final poll,
 * each feed's stored entries are exactly those of its last response. Both: no entry twice, none
 * that was never served. Prints a summary; exits 1 on any loss, duplicate or phantom.
 */
public final class CrashCheck {
    private static final Pattern POLL_OK = Pattern.compile("^(\\S+) INFO .*poll feed-(\\d+): ok ");
    private static final Pattern KEY = Pattern.compile("feed-(\\d+)-entry-(\\d+)");

    public static void main(String[] args) throws IOException, SQLException {
        String mode = args[0];
        String url = args[1];
        List<long[]> requests = readRequests(Path.of(args[2]));
        Map<Integer, List<Integer>> stored = readStore(url);
        int feeds = requests.stream().mapToInt(r -> (int) r[1]).max().orElse(-1) + 1;
        Map<Integer, Integer> required = new TreeMap<>();
        int committedPolls = 0;
        if (mode.equals("committed")) {
            for (int i = 3; i < args.length; i++) {
                for (String line : Files.readAllLines(Path.of(args[i]))) {
                    Matcher m = POLL_OK.matcher(line);
                    if (m.find()) {
                        committedPolls++;
                        int feed = Integer.parseInt(m.group(2));
                        long at = Instant.parse(m.group(1)).toEpochMilli();
                        required.merge(feed, servedBefore(requests, feed, at), Math::max);
                    }
                }
            }
        } else {
            for (long[] r : requests) {
                required.put((int) r[1], (int) r[2]);  // the log is in time order: the last one wins
            }
        }
        int lost = 0, twice = 0, phantom = 0, entries = 0, expected = 0;
        Map<Integer, Integer> everServed = new HashMap<>();
        for (long[] r : requests) {
            everServed.merge((int) r[1], (int) r[2], Math::max);
        }
        for (int feed = 0; feed < feeds; feed++) {
            List<Integer> have = stored.getOrDefault(feed, List.of());
            TreeSet<Integer> distinct = new TreeSet<>(have);
            entries += have.size();
            twice += have.size() - distinct.size();
            int need = required.getOrDefault(feed, 0);
            expected += need;
            for (int k = 0; k < need; k++) {
                if (!distinct.contains(k)) {
                    lost++;
                    if (lost <= 20) {
                        System.out.println("LOST feed-" + feed + "-entry-" + k);
                    }
                }
            }
            int ceiling = mode.equals("exact") ? need : everServed.getOrDefault(feed, 0);
            for (int k : distinct) {
                if (k >= ceiling) {
                    phantom++;
                    System.out.println("PHANTOM feed-" + feed + "-entry-" + k + " (served at most " + ceiling + ")");
                }
            }
        }
        System.out.printf("%s: %d feeds, %d requests served, %d polls logged ok, %d entries required, "
                        + "%d stored; lost %d, twice %d, phantom %d%n", mode, feeds, requests.size(),
                committedPolls, expected, entries, lost, twice, phantom);
        System.exit(lost + twice + phantom == 0 ? 0 : 1);
    }

    private static List<long[]> readRequests(Path file) throws IOException {
        List<long[]> requests = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 3) {
                requests.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return requests;
    }

    /** Entries served to the last request for this feed at or before the given moment. */
    private static int servedBefore(List<long[]> requests, int feed, long at) {
        int served = -1;
        for (long[] r : requests) {
            if (r[0] > at) {
                break;
            }
            if (r[1] == feed) {
                served = (int) r[2];
            }
        }
        if (served < 0) {
            throw new IllegalStateException("a poll of feed-" + feed + " was logged ok at " + at + " with no request before it");
        }
        return served;
    }

    /** Entry numbers per feed, one per stored row (so a row stored twice shows up twice). */
    private static Map<Integer, List<Integer>> readStore(String url) throws SQLException {
        Map<Integer, List<Integer>> stored = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "SA", "");
             Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT source_name, identity_key FROM entries")) {
                while (rows.next()) {
                    Matcher m = KEY.matcher(rows.getString(2));
                    if (!m.find() || !rows.getString(1).equals("feed-" + m.group(1))) {
                        throw new IllegalStateException("unexpected entry " + rows.getString(1) + " " + rows.getString(2));
                    }
                    stored.computeIfAbsent(Integer.parseInt(m.group(1)), f -> new ArrayList<>())
                            .add(Integer.parseInt(m.group(2)));
                }
            }
            try (ResultSet orphans = s.executeQuery(
                    "SELECT COUNT(*) FROM entries e WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = e.story_id)")) {
                orphans.next();
                if (orphans.getLong(1) > 0) {
                    throw new IllegalStateException(orphans.getLong(1) + " entries without their story");
                }
            }
            s.execute("SHUTDOWN");
        }
        return stored;
    }
}
