package id.sinkron.bench;

import id.sinkron.match.Cleaners;

/** The cleaners the person model ({@code config/matching.yml}) is read with in the benchmarks. */
final class PersonCleaners {

    private PersonCleaners() {
    }

    static Cleaners cleaners() {
        return Cleaners.builtIn();
    }
}
