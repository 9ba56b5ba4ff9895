package id.sinkron.normalize;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The value is a valid NIK (see {@link Niks#problem}); null is valid: records without a NIK are normal. */
@Documented
@Constraint(validatedBy = NikValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Nik {

    String message() default "is not a valid NIK";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
