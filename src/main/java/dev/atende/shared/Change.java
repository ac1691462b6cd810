package dev.atende.shared;

/**
 * One field of a partial update: absent (leave it), or present with a value that may be null
 * (clear it). Plain {@code null} cannot tell those apart.
 */
public record Change<T>(boolean present, T value) {

    private static final Change<?> ABSENT = new Change<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Change<T> absent() {
        return (Change<T>) ABSENT;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    /** Runs {@code apply} with the new value (possibly null) when the field was given. */
    public void ifPresent(java.util.function.Consumer<? super T> apply) {
        if (present) {
            apply.accept(value);
        }
    }
}
