package dev.lodestar.objectives.web.metric;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.Metric;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.Metrics;
import dev.lodestar.objectives.web.FormValues;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.FormErrors;

/**
 * {@code /metrics}: the library of metrics, and each metric's page with its chart across
 * cycles, the key results that tracked it, its history, and the forms that add a value,
 * rename it and delete it. A refused form comes back with what was typed and the reason
 * beside the field.
 */
@Controller
class MetricPages {

	/**
	 * The most values the history table lists, newest first; the chart draws them all.
	 */
	static final int HISTORY_ROWS = 50;

	private final Metrics metrics;

	MetricPages(Metrics metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/metrics")
	String library(Actor actor, Model model) {
		return library(actor, new MetricForm("", "", ""), FormErrors.none(), model);
	}

	@PostMapping("/metrics")
	String add(Actor actor, MetricForm form, Model model, HttpServletResponse response) {
		actor.require(Metrics.keptBy(actor), "add metrics");
		Map<String, String> errors = FormErrors.none();
		Metric added = FormErrors.attempt(errors,
				() -> this.metrics.create(actor, form.name(), form.unit(), form.description()));
		if (added != null) {
			return "redirect:/metrics/" + added.id();
		}
		response.setStatus(422);
		return library(actor, form, errors, model);
	}

	@GetMapping("/metrics/{id}")
	String metric(Actor actor, @PathVariable String id, Model model) {
		Metrics.MetricRecord found = this.metrics.record(MetricId.fromPath(id));
		Metric metric = found.metric();
		return metric(actor, found,
				new MetricForm(metric.name(), (metric.unit() != null) ? metric.unit() : "",
						(metric.description() != null) ? metric.description() : ""),
				new ValueForm("", ""), FormErrors.none(), model);
	}

	@PostMapping("/metrics/{id}/values")
	String addValue(Actor actor, @PathVariable String id, ValueForm form, Model model, HttpServletResponse response) {
		MetricId metricId = MetricId.fromPath(id);
		Map<String, String> errors = FormErrors.none();
		Double value = FormValues.number(form.value(), "value", errors);
		if (value == null && !errors.containsKey("value")) {
			errors.put("value", "is required");
		}
		Instant at = form.day(errors);
		if (FormErrors.attempt(errors, () -> this.metrics.addValue(actor, metricId, value, at)) != null) {
			return "redirect:/metrics/" + id + "#history";
		}
		response.setStatus(422);
		Metrics.MetricRecord found = this.metrics.record(metricId);
		return metric(actor, found, MetricForm.of(found.metric()), form, errors, model);
	}

	@PostMapping("/metrics/{id}")
	String rename(Actor actor, @PathVariable String id, MetricForm form, @RequestParam(required = false) String version,
			Model model, HttpServletResponse response) {
		MetricId metricId = MetricId.fromPath(id);
		Map<String, String> errors = FormErrors.none();
		Long expected = FormValues.version(version);
		if (FormErrors.attempt(errors,
				() -> this.metrics.update(actor, metricId, expected, form.name(),
						(form.unit() != null) ? form.unit() : "",
						(form.description() != null) ? form.description() : "")) != null) {
			return "redirect:/metrics/" + id;
		}
		response.setStatus(422);
		return metric(actor, this.metrics.record(metricId), form, new ValueForm("", ""), errors, model);
	}

	@PostMapping("/metrics/{id}/delete")
	String delete(Actor actor, @PathVariable String id, @RequestParam(required = false) String version) {
		this.metrics.delete(actor, MetricId.fromPath(id), FormValues.version(version));
		return "redirect:/metrics";
	}

	private String library(Actor actor, MetricForm form, Map<String, String> errors, Model model) {
		var page = this.metrics.list(Paging.of(Paging.MAX_LIMIT, 0L));
		model.addAttribute("metrics", page.items());
		model.addAttribute("total", page.total());
		model.addAttribute("mayAdd", Metrics.keptBy(actor));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "objectives/metrics";
	}

	private String metric(Actor actor, Metrics.MetricRecord found, MetricForm form, ValueForm value,
			Map<String, String> errors, Model model) {
		List<Metrics.Reading> history = found.history();
		List<Metrics.Reading> newestFirst = history.subList(Math.max(0, history.size() - HISTORY_ROWS), history.size())
			.reversed();
		boolean live = !found.metric().isDeleted();
		model.addAttribute("metric", found.metric());
		model.addAttribute("record", found);
		model.addAttribute("chart", MetricChart.of(found));
		model.addAttribute("history", newestFirst);
		model.addAttribute("earlier", history.size() - newestFirst.size());
		model.addAttribute("mayKeep", live && Metrics.keptBy(actor));
		model.addAttribute("mayDelete", live && actor.runsProgram());
		model.addAttribute("form", form);
		model.addAttribute("value", value);
		model.addAttribute("errors", errors);
		return "objectives/metric";
	}

	/** A metric's name, unit and description as typed. */
	record MetricForm(String name, String unit, String description) {

		static MetricForm of(Metric metric) {
			return new MetricForm(metric.name(), (metric.unit() != null) ? metric.unit() : "",
					(metric.description() != null) ? metric.description() : "");
		}

	}

	/** A value and the day it was measured ({@code YYYY-MM-DD}, today when blank). */
	record ValueForm(String value, String day) {

		Instant day(Map<String, String> errors) {
			if (FormValues.blank(this.day)) {
				return null;
			}
			try {
				return LocalDate.parse(this.day.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				errors.put("at", "must be a day written as YYYY-MM-DD");
				return null;
			}
		}

	}

}
