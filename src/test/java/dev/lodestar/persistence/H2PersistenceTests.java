package dev.lodestar.persistence;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The storage contract on the embedded H2 database Lodestar uses by default.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:persistence;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class H2PersistenceTests extends PersistenceContract {

}
