package id.sinkron.normalize;

import java.util.Map;

/** Religion as Dukcapil codes it (AGAMA 1–7), from codes or the usual spellings. */
public final class Religions {

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("1", "ISLAM"), Map.entry("ISLAM", "ISLAM"), Map.entry("MUSLIM", "ISLAM"),
            Map.entry("2", "KRISTEN"), Map.entry("KRISTEN", "KRISTEN"), Map.entry("KRISTEN PROTESTAN", "KRISTEN"),
            Map.entry("PROTESTAN", "KRISTEN"),
            Map.entry("3", "KATOLIK"), Map.entry("KATOLIK", "KATOLIK"), Map.entry("KATHOLIK", "KATOLIK"),
            Map.entry("KRISTEN KATOLIK", "KATOLIK"),
            Map.entry("4", "HINDU"), Map.entry("HINDU", "HINDU"),
            Map.entry("5", "BUDDHA"), Map.entry("BUDDHA", "BUDDHA"), Map.entry("BUDHA", "BUDDHA"), Map.entry("BUDA", "BUDDHA"),
            Map.entry("6", "KONGHUCU"), Map.entry("KONGHUCU", "KONGHUCU"), Map.entry("KHONGHUCU", "KONGHUCU"),
            Map.entry("KONG HU CU", "KONGHUCU"), Map.entry("KHONG HU CU", "KONGHUCU"),
            Map.entry("7", "KEPERCAYAAN"), Map.entry("KEPERCAYAAN", "KEPERCAYAAN"),
            Map.entry("KEPERCAYAAN TERHADAP TUHAN YME", "KEPERCAYAAN"),
            Map.entry("KEPERCAYAAN TERHADAP TUHAN YANG MAHA ESA", "KEPERCAYAAN"), Map.entry("PENGHAYAT KEPERCAYAAN", "KEPERCAYAAN"));

    private Religions() {}

    public static String parse(String raw) {
        String text = Texts.upper(raw);
        if (text == null) {
            return null;
        }
        String value = VALUES.get(text.replace(".", ""));
        if (value == null) {
            throw new IllegalArgumentException("unknown religion '" + text + "' (expected ISLAM, KRISTEN, KATOLIK, HINDU, BUDDHA, KONGHUCU, KEPERCAYAAN or codes 1-7)");
        }
        return value;
    }
}
