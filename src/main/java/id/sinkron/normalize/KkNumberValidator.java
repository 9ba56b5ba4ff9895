package id.sinkron.normalize;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link KkNumber} with {@link KkNumbers#problem}, reporting the exact problem. */
public class KkNumberValidator implements ConstraintValidator<KkNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Problems.report(KkNumbers.problem(value), context);
    }
}
