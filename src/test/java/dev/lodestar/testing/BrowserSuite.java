package dev.lodestar.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that drive a real headless Chromium ({@code /usr/bin/chromium}, Debian's
 * {@code chromium} package). With {@code -Dlodestar.test.browser=required} they fail when
 * Chromium is missing; by default they run when it is there and are skipped, with a
 * message, when it is not.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserSuiteCondition.class)
public @interface BrowserSuite {

	String CHROMIUM = "/usr/bin/chromium";

}
