package id.sinkron.normalize;

/** Sex as Dukcapil records it (JENIS_KELAMIN); read agency codes with {@link Sexes#parse}. */
public enum Sex {
    /** Laki-laki: male. Dukcapil code 1. */
    L,
    /** Perempuan: female. Dukcapil code 2; a woman's NIK has 40 added to the birth day. */
    P
}
