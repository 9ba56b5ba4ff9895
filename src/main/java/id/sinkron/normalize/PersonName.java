package id.sinkron.normalize;

import java.util.List;

/**
 * A person's name without its titles, and the titles in the order they were written.
 *
 * @param name upper case, single spaces, no titles
 * @param titles canonical forms such as {@code H.}, {@code DRS.}, {@code S.PD.}; never null
 */
public record PersonName(String name, List<String> titles) {

    public PersonName {
        titles = titles == null ? List.of() : List.copyOf(titles);
    }
}
