package dev.lodestar.templates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.organization.PersonId;

/**
 * The organisation's own templates, in table {@code objective_template}; key results and
 * the bad version are JSON text, read and written with the template.
 */
@Repository
class TemplateStore {

	private static final TypeReference<List<Template.KeyResult>> KEY_RESULTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TemplateStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Template template, PersonId createdBy, Instant now) {
		this.jdbc.sql("""
				insert into objective_template (id, area, title, description, key_results, bad, created_by, created_at)
				values (:id, :area, :title, :description, :keyResults, :bad, :createdBy, :createdAt)""")
			.param("id", UUID.fromString(template.id().value()))
			.param("area", template.area().value())
			.param("title", template.title())
			.param("description", template.description())
			.param("keyResults", this.json.writeValueAsString(template.keyResults()))
			.param("bad", (template.bad() != null) ? this.json.writeValueAsString(template.bad()) : null)
			.param("createdBy", createdBy.value())
			.param("createdAt", Timestamp.from(now))
			.update();
	}

	/** Every template of the organisation, by area and title: one statement. */
	List<Template> all() {
		return this.jdbc.sql(
				"select id, area, title, description, key_results, bad from objective_template order by area, title, id")
			.query(this::template)
			.list();
	}

	boolean delete(TemplateId id) {
		UUID uuid = uuid(id);
		return uuid != null
				&& this.jdbc.sql("delete from objective_template where id = :id").param("id", uuid).update() > 0;
	}

	static UUID uuid(TemplateId id) {
		try {
			return UUID.fromString(id.value());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Template template(ResultSet row, int number) throws SQLException {
		String bad = row.getString("bad");
		return new Template(new TemplateId(row.getString("id")), Area.of(row.getString("area")).orElseThrow(),
				row.getString("title"), row.getString("description"),
				this.json.readValue(row.getString("key_results"), KEY_RESULTS),
				(bad != null) ? this.json.readValue(bad, Template.BadVersion.class) : null, false);
	}

}
