package dev.lodestar.templates.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.templates.Area;
import dev.lodestar.templates.Template;

/**
 * What an admin or champion typed into the form for a template of their own, kept as
 * typed so that a refused form shows it again: {@value #ROWS} rows of key results (blank
 * ones are left out) and the weak version's key results one per line.
 */
public record TemplateForm(String area, String title, String description, List<Row> rows, String badTitle,
		String badKeyResults, String badWhy) {

	static final int ROWS = 4;

	static TemplateForm empty() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(new Row(i, "", "metric", "", "", ""));
		}
		return new TemplateForm("", "", "", rows, "", "", "");
	}

	static TemplateForm of(MultiValueMap<String, String> params) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(new Row(i, value(params, "kr" + i + "Title"), value(params, "kr" + i + "Type"),
					value(params, "kr" + i + "Start"), value(params, "kr" + i + "Target"),
					value(params, "kr" + i + "Unit")));
		}
		return new TemplateForm(value(params, "area"), value(params, "title"), value(params, "description"), rows,
				value(params, "badTitle"), value(params, "badKeyResults"), value(params, "badWhy"));
	}

	/**
	 * The template the form describes; numbers that do not read as numbers, and an area
	 * or type that is none of the choices, are noted by field instead.
	 */
	Template toTemplate(Map<String, String> errors) {
		Area chosen = Area.of(this.area).orElse(null);
		if (chosen == null) {
			errors.put("area", "choose an area");
		}
		List<Template.KeyResult> keyResults = new ArrayList<>();
		for (Row row : this.rows) {
			if (row.blank()) {
				continue;
			}
			KeyResultType type = type(row.type()).orElse(null);
			if (type == null) {
				errors.put(row.field("type"), "choose metric, percentage or milestone");
			}
			keyResults
				.add(new Template.KeyResult(row.title(), type, number(row.start(), row.field("startValue"), errors),
						number(row.target(), row.field("targetValue"), errors), row.unit()));
		}
		Template.BadVersion bad = (blank(this.badTitle) && blank(this.badKeyResults) && blank(this.badWhy)) ? null
				: new Template.BadVersion(this.badTitle,
						this.badKeyResults.lines().filter((line) -> !line.isBlank()).toList(), this.badWhy);
		return new Template(null, chosen, this.title, this.description, keyResults, bad, false);
	}

	/**
	 * Where the service's field for a key result ({@code keyResults[1].title}, counting
	 * only the rows filled in) is on the form ({@code kr2.title}); other fields are the
	 * form's own names.
	 */
	String formField(String field) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("keyResults\\[(\\d+)\\](?:\\.(\\w+))?")
			.matcher(field);
		if (!matcher.matches()) {
			return field.equals("keyResults") ? "keyResults"
					: field.replace("bad.keyResults", "badKeyResults")
						.replaceAll("\\[\\d+\\]$", "")
						.replace("bad.title", "badTitle")
						.replace("bad.why", "badWhy");
		}
		List<Row> filled = this.rows.stream().filter((row) -> !row.blank()).toList();
		int index = Integer.parseInt(matcher.group(1));
		Row row = (index < filled.size()) ? filled.get(index) : this.rows.get(0);
		return row.field((matcher.group(2) != null) ? matcher.group(2) : "title");
	}

	private static Optional<KeyResultType> type(String raw) {
		return List.of(KeyResultType.METRIC, KeyResultType.PERCENTAGE, KeyResultType.MILESTONE)
			.stream()
			.filter((type) -> type.value().equals(raw))
			.findFirst();
	}

	private static Double number(String raw, String field, Map<String, String> errors) {
		if (blank(raw)) {
			return null;
		}
		try {
			return Double.valueOf(raw.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be a number, such as 40 or 2.5");
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String value(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value != null) ? value : "";
	}

	/** One row of key results as typed. */
	public record Row(int index, String title, String type, String start, String target, String unit) {

		boolean blank() {
			return TemplateForm.blank(this.title) && TemplateForm.blank(this.start) && TemplateForm.blank(this.target)
					&& TemplateForm.blank(this.unit);
		}

		/** The field of the form that stands for a field of this row. */
		public String field(String name) {
			return "kr" + this.index + "." + name;
		}

	}

}
