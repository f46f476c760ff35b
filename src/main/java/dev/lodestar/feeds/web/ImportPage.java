package dev.lodestar.feeds.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dev.lodestar.feeds.ImportPreview;
import dev.lodestar.feeds.Imports;
import dev.lodestar.organization.Actor;
import dev.lodestar.web.FormErrors;

/**
 * The CSV import page, {@code /check-ins/import}: upload a file or paste its text, see
 * what each row would do, fix the bad rows, and apply all at once. What was uploaded
 * travels with the forms, so nothing is kept on the server between preview and apply.
 */
@Controller
class ImportPage {

	static final String TEMPLATE = "feeds/import";

	private final Imports imports;

	ImportPage(Imports imports) {
		this.imports = imports;
	}

	@GetMapping("/check-ins/import")
	String form(@RequestParam(required = false) Integer applied, Model model) {
		model.addAttribute("view", ImportView.start(applied));
		return TEMPLATE;
	}

	@PostMapping("/check-ins/import")
	String preview(Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String csv, Model model, HttpServletResponse response) {
		Map<String, String> errors = FormErrors.none();
		String text = uploaded(file, csv, errors);
		ImportPreview preview = FormErrors.attempt(errors, () -> this.imports.preview(actor, text));
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		model.addAttribute("view", ImportView.of((text.length() <= Imports.MAX_BYTES) ? text : "", preview, errors));
		return TEMPLATE;
	}

	@PostMapping("/check-ins/import/apply")
	String apply(Actor actor, @RequestParam(required = false) String csv, Model model, HttpServletResponse response) {
		Integer applied = FormErrors.attempt(FormErrors.none(), () -> this.imports.apply(actor, csv));
		if (applied != null) {
			return "redirect:/check-ins/import?applied=" + applied;
		}
		String page = preview(actor, null, csv, model, response);
		response.setStatus(422);
		return page;
	}

	private static String uploaded(MultipartFile file, String csv, Map<String, String> errors) {
		if (file == null || file.isEmpty()) {
			return (csv != null) ? csv : "";
		}
		try {
			return new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			errors.put(ImportView.FIELD, "could not be read; please upload it again");
			return (csv != null) ? csv : "";
		}
	}

}
