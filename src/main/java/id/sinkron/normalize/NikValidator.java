package id.sinkron.normalize;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Nik} with {@link Niks#problem(String)} and reports that problem as the violation message. */
public class NikValidator implements ConstraintValidator<Nik, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Violations.report(Niks.problem(value), context);
    }
}
