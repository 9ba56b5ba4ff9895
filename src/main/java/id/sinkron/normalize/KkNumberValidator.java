package id.sinkron.normalize;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KkNumber} with {@link KkNumbers#problem(String)} and reports that problem as the violation message. */
public class KkNumberValidator implements ConstraintValidator<KkNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Violations.report(KkNumbers.problem(value), context);
    }
}
