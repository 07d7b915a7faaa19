package io.tributary.dedup;

/** 64-bit hash mixing: MurmurHash3's finalizer and FNV-1a, fast and well spread. */
final class Mix {
    private Mix() {
    }

    /** MurmurHash3 fmix64: every input bit affects every output bit. */
    static long fmix64(long value) {
        long k = value;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** FNV-1a over the UTF-16 units of {@code text}, continuing from {@code hash}. */
    static long fnv1a(long hash, CharSequence text) {
        long h = hash;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
}
