package id.sinkron.normalize;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is a valid NIK (see {@link Niks#problem(String)}); null is valid,
 * since a missing value is normal. A violation's message is the exact problem, not {@link #message()}, so
 * it can be stored as the rejection reason. Works on record components, fields, getters, parameters and
 * container elements.
 */
@Documented
@Constraint(validatedBy = NikValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Nik {

    /** Not shown: the validator puts the exact problem in the violation instead. */
    String message() default "is not a valid NIK";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
