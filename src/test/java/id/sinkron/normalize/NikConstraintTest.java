package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NikConstraintTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Resident(@Nik String nik, @KkNumber String kk) {}

    @Test
    void reportsTheExactProblemOfAnInvalidNik() {
        Set<ConstraintViolation<Resident>> violations = VALIDATOR.validate(new Resident("3316090509870000", null));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("nik");
            assertThat(v.getMessage()).isEqualTo("NIK serial 0000 is invalid");
        });
    }

    @Test
    void acceptsAMissingNik() {
        assertThat(VALIDATOR.validate(new Resident(null, null))).isEmpty();
    }

    @Test
    void neverInterpolatesTheValueIntoTheMessage() {
        Set<ConstraintViolation<Resident>> violations = VALIDATOR.validate(new Resident("${1+1}{x}", "#{7*7}"));

        assertThat(violations).extracting(ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder("NIK must be exactly 16 digits", "KK number must be exactly 16 digits");
    }
}
