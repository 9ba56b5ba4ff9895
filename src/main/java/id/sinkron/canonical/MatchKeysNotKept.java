package id.sinkron.canonical;

/** A rebuild of the match keys was asked for while the linker keeps none (the exact-NIK linker). */
public class MatchKeysNotKept extends RuntimeException {

    MatchKeysNotKept() {
        super("the exact linker keeps no match keys; set sinkron.match.linker=probabilistic");
    }
}
