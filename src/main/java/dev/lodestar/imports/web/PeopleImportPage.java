package dev.lodestar.imports.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dev.lodestar.imports.ImportFile;
import dev.lodestar.imports.ImportReport;
import dev.lodestar.imports.PeopleImport;
import dev.lodestar.imports.PeopleImport.ImportRefusedException;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.web.FormErrors;

/**
 * The people import page, {@code /admin/import} (admins): upload a CSV file or paste it,
 * see what each row would do, then apply the whole file, optionally inviting the people
 * it creates. The CSV travels with the apply form, so nothing is kept on the server
 * between the preview and applying.
 */
@Controller
class PeopleImportPage {

	static final String TEMPLATE = "imports/people";

	static final String EXAMPLE = """
			email,name,role,team,parentTeam,lead
			ada@example.com,Ada Lovelace,member,Platform,Engineering,true
			grace@example.com,Grace Hopper,member,Platform,Engineering,false
			grace@example.com,Grace Hopper,member,Mobile,Engineering,false
			linus@example.com,Linus Wong,champion,,,
			"margaret@example.com","Hamilton, Margaret",admin,Engineering,,true
			""";

	private final PeopleImport imports;

	PeopleImportPage(PeopleImport imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/import")
	String form(Actor actor, Model model) {
		requireAdmin(actor);
		model.addAttribute("view", ImportView.start());
		return TEMPLATE;
	}

	@GetMapping("/admin/import/example.csv")
	ResponseEntity<String> example(Actor actor) {
		requireAdmin(actor);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lodestar-people.csv\"")
			.body(EXAMPLE);
	}

	@PostMapping("/admin/import")
	String preview(Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String csv, Model model, HttpServletResponse response) {
		requireAdmin(actor);
		Map<String, String> errors = FormErrors.none();
		String text = (csv != null) ? csv : "";
		ImportReport report = null;
		try {
			ImportFile parsed;
			if (file != null && !file.isEmpty()) {
				parsed = ImportFile.parse(file.getBytes());
				text = new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			else {
				parsed = ImportFile.parse(text);
			}
			report = this.imports.preview(actor, parsed);
		}
		catch (InvalidInputException ex) {
			FormErrors.add(errors, ex.errors());
		}
		catch (ImportFile.FileTooLargeException ex) {
			errors.put(ImportFile.FIELD, "is too large: " + ex.getMessage());
			text = "";
		}
		catch (IOException ex) {
			errors.put(ImportFile.FIELD, "could not be read; please upload it again");
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		model.addAttribute("view", ImportView.of(text, report, errors, false));
		return TEMPLATE;
	}

	@PostMapping("/admin/import/apply")
	String apply(Actor actor, @RequestParam(required = false) String csv,
			@RequestParam(defaultValue = "false") boolean invite, Model model, HttpServletResponse response) {
		requireAdmin(actor);
		Map<String, String> errors = FormErrors.none();
		String text = (csv != null) ? csv : "";
		ImportReport report = null;
		boolean applied = false;
		try {
			report = this.imports.apply(actor, ImportFile.parse(text), invite);
			applied = true;
		}
		catch (ImportRefusedException ex) {
			report = ex.report();
		}
		catch (InvalidInputException ex) {
			FormErrors.add(errors, ex.errors());
		}
		catch (ImportFile.FileTooLargeException ex) {
			errors.put(ImportFile.FIELD, "is too large: " + ex.getMessage());
			text = "";
		}
		if (!applied) {
			response.setStatus(422);
		}
		model.addAttribute("view", ImportView.of(text, report, errors, applied).invited(applied && invite));
		return TEMPLATE;
	}

	private static void requireAdmin(Actor actor) {
		actor.require(actor.isAdmin(), "import people; ask an admin");
	}

}
