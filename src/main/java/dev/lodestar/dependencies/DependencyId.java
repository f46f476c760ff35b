package dev.lodestar.dependencies;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.Ids;

/**
 * Identifies a {@link Dependency}.
 */
public record DependencyId(@JsonValue UUID value) {

	public static DependencyId random() {
		return new DependencyId(UUID.randomUUID());
	}

	public static DependencyId fromPath(String raw) {
		return new DependencyId(Ids.fromPath("dependency", raw));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
