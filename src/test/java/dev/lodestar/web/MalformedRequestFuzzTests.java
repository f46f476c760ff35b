package dev.lodestar.web;

import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.FuzzingTest;

/**
 * The OpenAPI fuzz test on H2, in a database of its own, since what the malformed
 * requests create or change must not reach the other API tests.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:fuzzed;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class MalformedRequestFuzzTests extends FuzzingTest {

}
