package id.sinkron.normalize;

import java.util.List;
import java.util.Objects;

/**
 * A person's name without its titles, and the titles in the order they were written; made by {@link Names}.
 *
 * @param name upper case, single spaces, no titles
 * @param titles canonical forms such as {@code H.}, {@code DRS.}, {@code S.PD.}; an immutable copy, never null
 */
public record PersonName(String name, List<String> titles) {

    public PersonName {
        Objects.requireNonNull(name, "name");
        titles = titles == null ? List.of() : List.copyOf(titles);
    }
}
