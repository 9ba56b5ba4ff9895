package id.sinkron.normalize;

import java.util.Map;

/**
 * Religion as Dukcapil codes it (AGAMA): ISLAM, KRISTEN, KATOLIK, HINDU, BUDDHA, KONGHUCU, KEPERCAYAAN, from the
 * codes 1–7 in that order or the usual spellings (KRISTEN PROTESTAN, KATHOLIK, BUDHA, KHONGHUCU, KONG HU CU,
 * KEPERCAYAAN TERHADAP TUHAN YME, …). Null for blank; IllegalArgumentException for anything else.
 */
public final class Religions {

    private static final String EXPECTED = "ISLAM, KRISTEN, KATOLIK, HINDU, BUDDHA, KONGHUCU, KEPERCAYAAN or the codes 1-7";
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("1", "ISLAM"), Map.entry("ISLAM", "ISLAM"), Map.entry("MUSLIM", "ISLAM"), Map.entry("MOSLEM", "ISLAM"),
            Map.entry("2", "KRISTEN"), Map.entry("KRISTEN", "KRISTEN"), Map.entry("KRISTEN PROTESTAN", "KRISTEN"),
            Map.entry("PROTESTAN", "KRISTEN"), Map.entry("KRISTEN PROTESTANT", "KRISTEN"),
            Map.entry("3", "KATOLIK"), Map.entry("KATOLIK", "KATOLIK"), Map.entry("KATHOLIK", "KATOLIK"),
            Map.entry("KRISTEN KATOLIK", "KATOLIK"), Map.entry("KRISTEN KATHOLIK", "KATOLIK"), Map.entry("KATOLIK ROMA", "KATOLIK"),
            Map.entry("4", "HINDU"), Map.entry("HINDU", "HINDU"), Map.entry("HINDHU", "HINDU"),
            Map.entry("5", "BUDDHA"), Map.entry("BUDDHA", "BUDDHA"), Map.entry("BUDHA", "BUDDHA"), Map.entry("BUDA", "BUDDHA"),
            Map.entry("BUDDHIS", "BUDDHA"),
            Map.entry("6", "KONGHUCU"), Map.entry("KONGHUCU", "KONGHUCU"), Map.entry("KHONGHUCU", "KONGHUCU"),
            Map.entry("KONG HU CU", "KONGHUCU"), Map.entry("KHONG HU CU", "KONGHUCU"), Map.entry("KONGHUCHU", "KONGHUCU"),
            Map.entry("KHONGHUCHU", "KONGHUCU"), Map.entry("KONFUSIUS", "KONGHUCU"),
            Map.entry("7", "KEPERCAYAAN"), Map.entry("KEPERCAYAAN", "KEPERCAYAAN"),
            Map.entry("KEPERCAYAAN TERHADAP TUHAN YME", "KEPERCAYAAN"), Map.entry("KEPERCAYAAN TERHADAP TUHAN Y M E", "KEPERCAYAAN"),
            Map.entry("KEPERCAYAAN TERHADAP TUHAN YANG MAHA ESA", "KEPERCAYAAN"), Map.entry("KEPERCAYAAN KEPADA TUHAN YME", "KEPERCAYAAN"),
            Map.entry("KEPERCAYAAN KEPADA TUHAN YANG MAHA ESA", "KEPERCAYAAN"), Map.entry("PENGHAYAT KEPERCAYAAN", "KEPERCAYAAN"),
            Map.entry("ALIRAN KEPERCAYAAN", "KEPERCAYAAN"));

    private Religions() {}

    /** The canonical religion; null for blank; IllegalArgumentException naming the accepted values otherwise. */
    public static String parse(String raw) {
        return Codes.lookup(raw, VALUES, "religion", EXPECTED);
    }
}
