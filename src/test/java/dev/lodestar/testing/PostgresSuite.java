package dev.lodestar.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that run against the PostgreSQL at 127.0.0.1:5432 (database {@code test}).
 * They run only when the suite is switched on with
 * {@code -Dlodestar.test.postgres=required}, and then fail if PostgreSQL cannot be
 * reached; otherwise they are skipped with a message saying how to switch them on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresSuiteCondition.class)
public @interface PostgresSuite {

	String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	String USER = "postgres";

}
