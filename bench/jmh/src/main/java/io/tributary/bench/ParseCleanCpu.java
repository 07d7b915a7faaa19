package io.tributary.bench;

import io.tributary.parse.ParseException;
import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

/**
 * The benchmark's three workloads measured in thread CPU time and bytes allocated instead of wall
 * time, so a machine shared with other busy processes still gives comparable figures (JMH's
 * wall-clock score counts the time other processes hold the core).
 *
 * <p>Run: {@code java -cp bench/jmh/target/tributary-jmh.jar:target/tributary.jar
 * io.tributary.bench.ParseCleanCpu [rounds] [parseOnly|parseAndClean|prepare]}.
 */
public final class ParseCleanCpu {
    private ParseCleanCpu() {
    }

    public static void main(String[] args) throws ParseException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ParseCleanBenchmark bench = new ParseCleanBenchmark();
        bench.corpus();
        Sink sink = new Sink();
        String only = args.length > 1 ? args[1] : "";
        if (only.isEmpty() || only.equals("parseOnly")) {
            measure("parseOnly", rounds, () -> bench.parseOnlyInto(sink));
        }
        if (only.isEmpty() || only.equals("parseAndClean")) {
            measure("parseAndClean", rounds, () -> bench.parseAndCleanInto(sink));
        }
        if (only.isEmpty() || only.equals("prepare")) {
            measure("prepare", rounds, () -> bench.prepareInto(sink));
        }
        System.out.println("(sink " + sink.count + ")");
    }

    /** Each round runs the workload for about two seconds of CPU; the first round is warm-up. */
    private static void measure(String name, int rounds, Workload workload) throws ParseException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int round = 0; round <= rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long bytes0 = threads.getThreadAllocatedBytes(thread);
            long runs = 0;
            while (threads.getCurrentThreadCpuTime() - cpu0 < 2_000_000_000L) {
                workload.run();
                runs++;
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long bytes = threads.getThreadAllocatedBytes(thread) - bytes0;
            double entries = runs * (double) ParseCleanBenchmark.ENTRIES;
            System.out.printf("%-14s %s %8.0f entries/s of CPU  %8.1f KB allocated per entry%n", name,
                    round == 0 ? "warm-up" : "round " + round, entries / (cpu / 1e9), bytes / entries / 1024);
        }
    }

    private interface Workload {
        void run() throws ParseException;
    }

    /** Keeps results reachable so nothing is optimized away. */
    static final class Sink implements Consumer<Object> {
        long count;

        @Override
        public void accept(Object o) {
            count += o == null ? 0 : 1;
        }
    }
}
