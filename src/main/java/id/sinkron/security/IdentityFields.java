package id.sinkron.security;

import java.util.Set;

/**
 * The native field names that hold NIK or KK numbers in what agencies send (Dukcapil's {@code NIK} and
 * {@code NO_KK}, say): the source module knows them from the mappings, so a raw payload can be masked by field
 * and not only by the shape of its numbers.
 */
public interface IdentityFields {

    /** The names, as the current source declarations map them to {@code nik} and {@code kk_number}. */
    Set<String> nativeNames();
}
