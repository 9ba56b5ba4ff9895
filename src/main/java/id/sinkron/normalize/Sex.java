package id.sinkron.normalize;

/** Sex as Dukcapil records it. */
public enum Sex {
    /** Laki-laki: male. */
    L,
    /** Perempuan: female. */
    P
}
