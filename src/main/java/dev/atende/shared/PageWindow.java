package dev.atende.shared;

import java.util.List;

/** One page of a list that is not counted: whether another page follows is all that is known. */
public record PageWindow<T>(List<T> items, int page, int size, boolean hasNext) {

    public PageWindow {
        items = List.copyOf(items);
    }
}
