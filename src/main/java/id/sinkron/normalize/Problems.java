package id.sinkron.normalize;

import jakarta.validation.ConstraintValidatorContext;

/** Puts a normalizer's own message into a constraint violation, escaped so user input is never interpolated. */
final class Problems {

    private Problems() {}

    static boolean report(String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String escaped = problem.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        context.buildConstraintViolationWithTemplate(escaped).addConstraintViolation();
        return false;
    }
}
