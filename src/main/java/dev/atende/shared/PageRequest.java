package dev.atende.shared;

/** A validated page request: page from 0, size between 1 and {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        var problems = new InvalidInputException.Collector();
        if (page < 0) {
            problems.add("page", "error.page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add("size", "error.page.size", MAX_SIZE);
        } else if ((long) page * size > Integer.MAX_VALUE) {
            problems.add("page", "error.page.tooFar");
        }
        problems.throwIfAny();
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
