package io.tributary.pipeline;

import java.util.concurrent.Semaphore;

/**
 * At most as many parses and cleanings at once as there are processors. Polls run on
 * {@code poll.threads} threads because fetching mostly waits on the network; when many bodies
 * arrive together, every thread would turn to parsing and cleaning at once, and the one thread
 * writing to the store (which holds the write lock everyone else waits for) would get a sixteenth
 * of a core. Holding the CPU-bound steps to the cores keeps the writer's share, and keeps fewer
 * parsed feeds in memory at once.
 */
final class CpuSlots {
    private final Semaphore slots;

    CpuSlots(int slots) {
        this.slots = new Semaphore(Math.max(1, slots), true);
    }

    /** One slot per processor of this machine. */
    static CpuSlots ofThisMachine() {
        return new CpuSlots(Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code work} once a slot is free; an interrupted wait runs it anyway, keeping the interrupt. */
    <T, E extends Exception> T run(Work<T, E> work) throws E {
        boolean acquired = false;
        try {
            slots.acquire();
            acquired = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            return work.get();
        } finally {
            if (acquired) {
                slots.release();
            }
        }
    }

    /** CPU-bound work that may fail with {@code E}. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T get() throws E;
    }
}
