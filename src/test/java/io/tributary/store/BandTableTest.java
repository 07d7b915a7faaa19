package io.tributary.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BandTableTest {
    @Test
    void givesTheSlotsOfOneBandNewestFirst() {
        BandTable table = new BandTable();
        table.put(42L, 1);
        table.put(7L, 2);
        table.put(42L, 3);

        assertThat(slots(table, 42L)).containsExactly(3, 1);
        assertThat(slots(table, 7L)).containsExactly(2);
        assertThat(slots(table, 8L)).isEmpty();
    }

    @Test
    void keepsEveryPostingWhileItGrows() {
        BandTable table = new BandTable();
        for (int slot = 0; slot < 50_000; slot++) {
            table.put(slot * 0x9E3779B97F4A7C15L, slot);
            table.put(-1L, slot);
        }

        assertThat(table.postings()).isEqualTo(100_000);
        assertThat(slots(table, 12_345 * 0x9E3779B97F4A7C15L)).containsExactly(12_345);
        assertThat(slots(table, -1L)).hasSize(50_000).startsWith(49_999, 49_998);
    }

    @Test
    void findsNothingAfterItIsCleared() {
        BandTable table = new BandTable();
        table.put(0L, 5);
        table.clear();

        assertThat(slots(table, 0L)).isEmpty();
        assertThat(table.postings()).isZero();
    }

    private static List<Integer> slots(BandTable table, long band) {
        List<Integer> slots = new ArrayList<>();
        table.forEach(band, slots::add);
        return slots;
    }
}
