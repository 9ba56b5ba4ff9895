package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.AlphaChars;

class NikPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Property
    void aNikBuiltFromValidPartsReadsBackToThoseParts(
            @ForAll @IntRange(min = 0, max = 36_000) int daysBeforeToday,
            @ForAll boolean woman,
            @ForAll @IntRange(min = 1, max = 9999) int serial,
            @ForAll @IntRange(min = 1, max = 69) int regency,
            @ForAll @IntRange(min = 1, max = 99) int district) {
        LocalDate birth = TODAY.minusDays(daysBeforeToday);
        String nik = String.format(Locale.ROOT, "33%02d%02d%02d%02d%02d%04d", regency, district,
                birth.getDayOfMonth() + (woman ? 40 : 0), birth.getMonthValue(), birth.getYear() % 100, serial);

        NikInfo info = Niks.parse(nik, TODAY);

        assertThat(info.sex()).isEqualTo(woman ? Sex.P : Sex.L);
        assertThat(info.birthDate().getDayOfMonth()).isEqualTo(birth.getDayOfMonth());
        assertThat(info.birthDate().getMonthValue()).isEqualTo(birth.getMonthValue());
        assertThat(info.birthDate().getYear() % 100).isEqualTo(birth.getYear() % 100);
        assertThat(info.birthDate()).isBeforeOrEqualTo(TODAY);
        assertThat(Niks.warnings(info, birth, woman ? Sex.P : Sex.L)).isEmpty();
    }

    @Property
    void normalizingANameTwiceChangesNothing(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String first,
            @ForAll @AlphaChars @StringLength(min = 1, max = 30) String last) {
        PersonName once = Names.normalize("Hj. " + first + " " + last + ", S.Pd.");

        assertThat(Names.normalize(once.name()).name()).isEqualTo(once.name());
    }
}
