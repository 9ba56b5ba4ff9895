package id.sinkron.normalize;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Nik} and {@link KkNumber} through a real Hibernate Validator, on record components as Sinkron uses them. */
class NikConstraintTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Resident(@Nik String nik, @KkNumber String kk) {}

    record Household(List<@Nik String> niks) {}

    /** Reports its value as the problem, to show that no user text is ever interpolated. */
    @Target({FIELD, METHOD, PARAMETER})
    @Retention(RUNTIME)
    @Constraint(validatedBy = EchoValidator.class)
    public @interface Echo {

        String message() default "unused";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class EchoValidator implements ConstraintValidator<Echo, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Violations.report(value, context);
        }
    }

    record Note(@Echo String text) {}

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void reportsTheExactProblemOfAnInvalidNikOnARecordComponent() {
        List<ConstraintViolation<Resident>> violations = List.copyOf(VALIDATOR.validate(new Resident("3316090509870000", null)));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("nik");
            assertThat(v.getMessage()).isEqualTo("NIK serial 0000 is invalid (serials start at 0001)");
        });
    }

    @Test
    void reportsTheExactProblemOfAnInvalidKkNumber() {
        List<ConstraintViolation<Resident>> violations = List.copyOf(VALIDATOR.validate(new Resident(null, "9916091203150007")));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("kk");
            assertThat(v.getMessage()).isEqualTo("KK number province code 99 does not exist (not one of the 38 Kemendagri province codes)");
        });
    }

    @Test
    void acceptsValidNikAndKkNumber() {
        assertThat(VALIDATOR.validate(new Resident("3316090509870002", "3316091203150007"))).isEmpty();
    }

    /** Review: "today" came from the system clock, whatever clock the validator was given. */
    @Test
    void judgesABirthDateInTheFutureByTheValidatorsClock() {
        Clock clock = Clock.fixed(Instant.parse("1985-06-01T00:00:00Z"), ZoneOffset.UTC);
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure().clockProvider(() -> clock).buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(new Resident("3316090101900001", null)))
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly("NIK birth date part 010190 would be 1990-01-01, which is in the future");
        }
        assertThat(VALIDATOR.validate(new Resident("3316090101900001", null))).isEmpty();
    }

    @Test
    void acceptsMissingNikAndKkNumber() {
        assertThat(VALIDATOR.validate(new Resident(null, null))).isEmpty();
    }

    @Test
    void checksEveryNikInAList() {
        assertThat(VALIDATOR.validate(new Household(List.of("3316090509870002", "3316090509870000"))))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("NIK serial 0000 is invalid (serials start at 0001)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{3316090509870002", "$3316090509870002", "\\3316090509870002"})
    void quotesAnInvalidCharacterLiterally(String nik) {
        assertThat(VALIDATOR.validate(new Resident(nik, null))).extracting(ConstraintViolation::getMessage)
                .containsExactly("NIK must contain only digits, found '" + nik.charAt(0) + "' at position 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${1+1}", "#{7*7}", "{jakarta.validation.constraints.NotNull.message}", "{value} \\{x\\} $ \\",
            "${''.getClass().forName('java.lang.Runtime')}"})
    void neverInterpolatesUserTextIntoTheMessage(String text) {
        assertThat(VALIDATOR.validate(new Note(text))).extracting(ConstraintViolation::getMessage).containsExactly(text);
    }
}
