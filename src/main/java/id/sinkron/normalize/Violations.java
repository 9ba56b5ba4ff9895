package id.sinkron.normalize;

import jakarta.validation.ConstraintValidatorContext;

/** Puts a normalizer's own problem text into a constraint violation. */
final class Violations {

    private Violations() {}

    /**
     * True when there is no problem; otherwise replaces the default violation with one whose message is the
     * problem, escaped: problems quote user input, and an unescaped "{...}" or "${...}" in a message template
     * would be interpolated (message parameters, Expression Language) by Hibernate Validator.
     */
    static boolean report(String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(problem)).addConstraintViolation();
        return false;
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
