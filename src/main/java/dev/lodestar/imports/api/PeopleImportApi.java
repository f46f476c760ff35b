package dev.lodestar.imports.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.imports.ImportFile;
import dev.lodestar.imports.ImportReport;
import dev.lodestar.imports.PeopleImport;
import dev.lodestar.imports.PeopleImport.ImportRefusedException;
import dev.lodestar.organization.Actor;
import dev.lodestar.web.Problems;

/**
 * {@code POST /api/v1/imports/people}: people and teams from a CSV body (admins),
 * previewed with {@code ?dryRun=true} or applied all at once.
 */
@RestController
class PeopleImportApi {

	static final String TEXT_CSV = "text/csv";

	private final PeopleImport imports;

	PeopleImportApi(PeopleImport imports) {
		this.imports = imports;
	}

	@Operation(summary = "Import people and teams from CSV (admins)",
			description = "The header names the columns email,name,role,team,parentTeam,lead in any order. "
					+ "team and parentTeam are team names (matched ignoring case), created when missing; parentTeam "
					+ "sets the team's parent. lead is true or false (empty: false). role is admin, champion, member "
					+ "or viewer (empty: member for a new person, unchanged otherwise). A person in several rows joins "
					+ "several teams. New people are invited (no password). dryRun=true answers what each row would "
					+ "do and changes nothing; otherwise every row is applied in one transaction, or none when any "
					+ "row is wrong (400 with the same body). The same file applied again changes nothing. "
					+ "invite=true invites the people the import creates. At most 5 MB and 50,000 rows, UTF-8.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
					examples = @ExampleObject(value = "email,name,role,team,parentTeam,lead\n"
							+ "ada@example.com,Ada Lovelace,member,Platform,Engineering,true\n")))
	@ApiResponse(responseCode = "200", description = "What each row does (dryRun) or did",
			content = @Content(schema = @Schema(implementation = ImportResult.class)))
	@ApiResponse(responseCode = "400",
			description = "Some rows are wrong and nothing was imported (this body), or the file as a whole "
					+ "cannot be read (a problem naming the field csv)",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ImportResult.class)),
					@Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
							schema = @Schema(implementation = ProblemDetail.class)) })
	@ApiResponse(responseCode = "413", description = "The body is larger than 5 MB",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "The body is not text/csv in UTF-8",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping(path = "/api/v1/imports/people", consumes = TEXT_CSV)
	ResponseEntity<?> importPeople(Actor actor, @RequestBody(required = false) byte[] body,
			@RequestHeader(name = "Content-Type", required = false) MediaType contentType,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean invite) {
		actor.require(actor.isAdmin(), "import people; ask an admin");
		if (contentType != null && contentType.getCharset() != null
				&& !StandardCharsets.UTF_8.equals(contentType.getCharset())) {
			return Problems.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "http-415", "Unsupported Media Type",
					"Send the CSV as UTF-8 (Content-Type: text/csv; charset=utf-8), not "
							+ contentType.getCharset().name() + ".");
		}
		ImportFile file = ImportFile.parse(body);
		ImportReport report = dryRun ? this.imports.preview(actor, file) : this.imports.apply(actor, file, invite);
		return ResponseEntity.ok(ImportResult.of(report));
	}

	@ExceptionHandler
	ResponseEntity<ImportResult> refused(ImportRefusedException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(ImportResult.of(ex.report()));
	}

	@ExceptionHandler
	ResponseEntity<Object> tooLarge(ImportFile.FileTooLargeException ex) {
		return Problems.answer(HttpStatus.CONTENT_TOO_LARGE, "http-413", "Content Too Large", ex.getMessage());
	}

	/** What an import does or did: each row, then how many rows of each action. */
	record ImportResult(List<RowResult> rows, int created, int updated, int unchanged, int errors) {

		static ImportResult of(ImportReport report) {
			return new ImportResult(report.rows().stream().map(RowResult::of).toList(), report.created(),
					report.updated(), report.unchanged(), report.errors());
		}

	}

	/** One row: its line in the file (the header is line 1), its action, its errors. */
	record RowResult(int line, @Schema(allowableValues = {
			"create", "update", "unchanged", "error" }) String action, List<String> errors){

		static RowResult of(ImportReport.Row row) {
			return new RowResult(row.line(), row.action().value(), row.errors());
		}

	}

}
