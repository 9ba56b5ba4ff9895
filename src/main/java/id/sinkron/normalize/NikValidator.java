package id.sinkron.normalize;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/**
 * Checks {@link Nik} with {@link Niks#problem(String, LocalDate)} and reports that problem as the violation
 * message. "Today" comes from the validator's clock, so a configured clock decides it, as it does for
 * {@code @PastOrPresent}.
 */
public class NikValidator implements ConstraintValidator<Nik, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        return Violations.report(Niks.problem(value, today), context);
    }
}
