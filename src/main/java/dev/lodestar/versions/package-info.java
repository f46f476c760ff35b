/**
 * Versions of data that instances keep in memory: numbers in the database that every
 * write to what they cover bumps in its own transaction (by triggers, so that no write
 * can forget to), and a cache that keeps a read under the version it was read at. Several
 * instances share nothing but the database, so a version read there tells each of them
 * when its copy has become old. Depends on no other feature.
 */
@ApplicationModule(allowedDependencies = {})
package dev.lodestar.versions;

import org.springframework.modulith.ApplicationModule;
