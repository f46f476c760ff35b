package dev.lodestar.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that answers {@code 201 Created} with a {@code Location} header
 * (made by {@link Created}); the OpenAPI document then says so instead of {@code 200}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApiCreated {

	/**
	 * Whether the operation answers {@code 200} as well, when what it puts already
	 * existed.
	 */
	boolean orUpdated() default false;

}
