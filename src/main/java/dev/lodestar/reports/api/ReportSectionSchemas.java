package dev.lodestar.reports.api;

import java.util.List;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.stereotype.Component;

import dev.lodestar.reports.ReportSection;

/**
 * Writes into the OpenAPI document the fields that the sections of other features add to
 * the JSON report, each with the schema of its resource (such as {@code maturity}), in
 * place of the map the report keeps them in.
 */
@Component
class ReportSectionSchemas implements GlobalOpenApiCustomizer {

	private final List<ReportSection<?>> sections;

	ReportSectionSchemas(List<ReportSection<?>> sections) {
		this.sections = sections;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Schema<?> report = openApi.getComponents().getSchemas().get(ReportsApi.ReportResource.class.getSimpleName());
		if (report == null || report.getProperties() == null) {
			return;
		}
		report.getProperties().remove("sections");
		for (ReportSection<?> section : this.sections) {
			ResolvedSchema resolved = ModelConverters.getInstance(true)
				.readAllAsResolvedSchema(new AnnotatedType(section.resourceType()).resolveAsRef(true));
			if (resolved != null && resolved.schema != null) {
				resolved.referencedSchemas.forEach(openApi.getComponents().getSchemas()::putIfAbsent);
				report.addProperty(section.field(), resolved.schema);
			}
		}
	}

}
