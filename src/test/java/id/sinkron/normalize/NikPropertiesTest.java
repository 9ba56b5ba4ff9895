package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A NIK written from valid parts always reads back to those parts, whatever the day the check runs. */
class NikPropertiesTest {

    private static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33",
            "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92",
            "93", "94", "95", "96");

    record Parts(String province, int regency, int district, LocalDate birthDate, Sex sex, int serial, LocalDate today) {

        String nik() {
            int day = birthDate.getDayOfMonth() + (sex == Sex.P ? 40 : 0);
            return String.format(Locale.ROOT, "%s%02d%02d%02d%02d%02d%04d", province, regency, district, day, birthDate.getMonthValue(),
                    birthDate.getYear() % 100, serial);
        }
    }

    @Provide
    Arbitrary<Parts> validParts() {
        Arbitrary<Integer> regency = Arbitraries.oneOf(Arbitraries.integers().between(1, 69), Arbitraries.integers().between(71, 99));
        Arbitrary<LocalDate> today = Arbitraries.integers().between(0, 365 * 90).map(days -> LocalDate.of(2000, 3, 1).plusDays(days));
        // the century is not written down, so a birth date is only recoverable within the hundred years before today
        Arbitrary<Parts> withoutDate = Combinators.combine(Arbitraries.of(PROVINCES), regency, Arbitraries.integers().between(1, 99),
                Arbitraries.of(Sex.class), Arbitraries.integers().between(1, 9999), today)
                .as((province, r, district, sex, serial, day) -> new Parts(province, r, district, day, sex, serial, day));
        return withoutDate.flatMap(parts -> {
            long window = ChronoUnit.DAYS.between(parts.today().minusYears(100), parts.today());
            return Arbitraries.longs().between(0, window - 1).map(back -> new Parts(parts.province(), parts.regency(), parts.district(),
                    parts.today().minusDays(back), parts.sex(), parts.serial(), parts.today()));
        });
    }

    @Property
    void nikBuiltFromValidPartsParsesBackToThoseParts(@ForAll("validParts") Parts parts) {
        String nik = parts.nik();

        NikInfo info = Niks.parse(nik, parts.today());

        assertThat(info).isEqualTo(new NikInfo(nik, parts.province(), nik.substring(0, 4), nik.substring(0, 6), parts.birthDate(),
                parts.sex(), nik.substring(12)));
        assertThat(Niks.warnings(info, parts.birthDate(), parts.sex())).isEmpty();
    }

    @Property
    void cleaningAWrittenNikGivesItsDigitsBack(@ForAll("validParts") Parts parts) {
        String nik = parts.nik();
        String written = " '" + nik.substring(0, 4) + "." + nik.substring(4, 8) + "-" + nik.substring(8, 12) + " " + nik.substring(12) + " ";

        assertThat(Niks.clean(written)).isEqualTo(nik);
        assertThat(Niks.problem(Niks.clean(written), parts.today())).isNull();
    }
}
