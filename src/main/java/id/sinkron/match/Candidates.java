package id.sinkron.match;

import java.util.List;
import java.util.UUID;

/** Looks up golden persons that may be the same as an incoming record. Implemented by the canonical store. */
public interface Candidates {

    /** Persons whose golden NIK is {@code nik}, oldest first. */
    List<UUID> withNik(String nik);
}
