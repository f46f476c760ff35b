package dev.lodestar.templates;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.objectives.ObjectiveId;

/**
 * Which template each objective was started from, in table
 * {@code objective_template_use}, with the template's title and key results as they were
 * when it was used: the coach compares the objective with those.
 */
@Repository
class TemplateUses {

	private static final TypeReference<List<Template.KeyResult>> KEY_RESULTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TemplateUses(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void record(ObjectiveId objective, Template template) {
		this.jdbc.sql("""
				insert into objective_template_use (objective_id, template_id, title, key_results)
				values (:objective, :template, :title, :keyResults)""")
			.param("objective", objective.value())
			.param("template", template.id().value())
			.param("title", template.title())
			.param("keyResults", this.json.writeValueAsString(template.keyResults()))
			.update();
	}

	/**
	 * The templates some objectives came from; those from none are left out. One
	 * statement.
	 */
	Map<ObjectiveId, Use> of(Collection<ObjectiveId> objectives) {
		Map<ObjectiveId, Use> found = new HashMap<>();
		if (objectives.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select objective_id, template_id, title, key_results from objective_template_use
				where objective_id in (:objectives)""")
			.param("objectives", objectives.stream().map(ObjectiveId::value).toList())
			.query((row, number) -> found.put(new ObjectiveId(row.getObject("objective_id", java.util.UUID.class)),
					new Use(new TemplateId(row.getString("template_id")), row.getString("title"),
							this.json.readValue(row.getString("key_results"), KEY_RESULTS))))
			.list();
		return found;
	}

	/** A template as it was when an objective was started from it. */
	record Use(TemplateId templateId, String title, List<Template.KeyResult> keyResults) {
	}

}
