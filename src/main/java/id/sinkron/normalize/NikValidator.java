package id.sinkron.normalize;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Nik} with {@link Niks#problem}, reporting the exact problem. */
public class NikValidator implements ConstraintValidator<Nik, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Problems.report(Niks.problem(value), context);
    }
}
