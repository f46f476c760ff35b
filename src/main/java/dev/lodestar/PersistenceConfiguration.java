package dev.lodestar;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.SharedTeams;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.security.ApiTokenId;

/**
 * Teaches Spring Data JDBC to store every feature's typed id as the UUID column it wraps
 * (and the teams an objective is shared with as their list), provides the clock the
 * domain reads the time from, and gives H2 its settings ({@link H2Settings}).
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration extends AbstractJdbcConfiguration {

	/**
	 * The time in whole microseconds: both databases keep that much, so an instant reads
	 * back exactly as it was written.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

	/**
	 * Lodestar's settings for an embedded H2 database: more statement plans kept, and
	 * commits written to the file before they are answered.
	 */
	@Bean
	static BeanPostProcessor h2Settings() {
		return new H2Settings();
	}

	/**
	 * Table and column names are written unquoted, so that the same names work on H2
	 * (which folds them to upper case) and PostgreSQL (lower case).
	 */
	@Bean
	@Override
	public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
			JdbcCustomConversions customConversions, RelationalManagedTypes managedTypes) {
		JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, managedTypes);
		context.setForceQuote(false);
		return context;
	}

	@Override
	protected List<?> userConverters() {
		return List.of(new IdConverter<>(PersonId.class, PersonId::new, PersonId::value),
				new IdConverter<>(TeamId.class, TeamId::new, TeamId::value),
				new IdConverter<>(CycleId.class, CycleId::new, CycleId::value),
				new IdConverter<>(ObjectiveId.class, ObjectiveId::new, ObjectiveId::value),
				new IdConverter<>(KeyResultId.class, KeyResultId::new, KeyResultId::value),
				new IdConverter<>(CheckInId.class, CheckInId::new, CheckInId::value),
				new IdConverter<>(MetricId.class, MetricId::new, MetricId::value),
				new IdConverter<>(ApiTokenId.class, ApiTokenId::new, ApiTokenId::value), new SharedTeams.ToColumn(),
				new SharedTeams.FromColumn());
	}

	/**
	 * Converts one id type to its UUID and back.
	 */
	record IdConverter<T>(Class<T> type, Function<UUID, T> wrap, Function<T, UUID> unwrap) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(this.type, UUID.class), new ConvertiblePair(UUID.class, this.type));
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			if (source == null) {
				return null;
			}
			return (source instanceof UUID uuid) ? this.wrap.apply(uuid) : this.unwrap.apply(this.type.cast(source));
		}

	}

}
