package dev.lodestar.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library that comes with Lodestar, read once from
 * {@code templates-library/built-in.json}: it changes with a release, not at run time, so
 * it lives in memory rather than in a table. Each template is checked by the rules the
 * key results it creates are held to, so that a broken one stops the start rather than a
 * team's first use.
 */
@Component
class BuiltInTemplates {

	static final String RESOURCE = "templates-library/built-in.json";

	private final List<Template> templates;

	BuiltInTemplates(JsonMapper json) {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			List<Spec> specs = json.readValue(in, new TypeReference<List<Spec>>() {
			});
			this.templates = specs.stream().map(Spec::template).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The built-in templates could not be read from " + RESOURCE, ex);
		}
		this.templates.forEach(TemplateRules::check);
	}

	List<Template> all() {
		return this.templates;
	}

	/** A template as the resource file writes it. */
	record Spec(String id, Area area, String title, String description, List<Template.KeyResult> keyResults,
			Template.BadVersion bad) {

		Template template() {
			return new Template(new TemplateId(this.id), this.area, this.title, this.description, this.keyResults,
					this.bad, true);
		}

	}

}
