package dev.atende.reporting.internal;

import java.util.Arrays;

/**
 * A set of ids as a sorted array without repeats: reports gather tens of thousands of customers
 * per period, and boxed ids in a hash set cost them more time and garbage than the counting.
 */
final class IdSet {

    static final IdSet EMPTY = new IdSet(new long[0]);

    private final long[] ids;

    private IdSet(long[] ids) {
        this.ids = ids;
    }

    /** The distinct values among the first {@code size} of {@code values} (sorted in place). */
    static IdSet of(long[] values, int size) {
        Arrays.sort(values, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return new IdSet(Arrays.copyOf(values, distinct));
    }

    int size() {
        return ids.length;
    }

    /** How many ids both sets hold. */
    int common(IdSet other) {
        int count = 0;
        for (int i = 0, j = 0; i < ids.length && j < other.ids.length;) {
            if (ids[i] == other.ids[j]) {
                count++;
                i++;
                j++;
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }

    /** Collects ids as they come, then {@link #build()}s the set. */
    static final class Builder {

        private long[] values = new long[256];
        private int size;

        void add(long id) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = id;
        }

        IdSet build() {
            return size == 0 ? EMPTY : of(values, size);
        }
    }
}
