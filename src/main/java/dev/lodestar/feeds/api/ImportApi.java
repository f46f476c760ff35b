package dev.lodestar.feeds.api;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.feeds.ImportPreview;
import dev.lodestar.feeds.Imports;
import dev.lodestar.organization.Actor;
import dev.lodestar.web.ApiListing;

/**
 * {@code POST /api/v1/check-ins/import}: a CSV body of check-ins, previewed with
 * {@code ?dryRun=true} or applied all at once.
 */
@RestController
class ImportApi {

	private final Imports imports;

	ImportApi(Imports imports) {
		this.imports = imports;
	}

	@ApiResponse(responseCode = "200", description = "The preview of a dry run, row by row",
			content = @Content(schema = @Schema(implementation = Preview.class)))
	@ApiResponse(responseCode = "201", description = "The check-ins applied",
			content = @Content(schema = @Schema(implementation = Applied.class)))
	@PostMapping(path = "/api/v1/check-ins/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<?> importCheckIns(Actor actor, @RequestBody(required = false) byte[] body,
			@RequestHeader(name = "Content-Type", required = false) MediaType contentType,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		String csv = text(body, contentType);
		if (dryRun) {
			List<PreviewItem> items = this.imports.preview(actor, csv).items().stream().map(PreviewItem::of).toList();
			return ResponseEntity.ok(new ApiListing<>(items, items.size()));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(new Applied(this.imports.apply(actor, csv)));
	}

	private static String text(byte[] body, MediaType contentType) {
		Charset charset = (contentType != null && contentType.getCharset() != null) ? contentType.getCharset()
				: StandardCharsets.UTF_8;
		return (body != null) ? new String(body, charset) : "";
	}

	record Applied(int applied) {
	}

	/** Only for the OpenAPI document: what a dry run answers. */
	record Preview(List<PreviewItem> items, long total) {
	}

	record PreviewItem(int row, String keyResultId, String title, Double currentValue, Double value, Integer confidence,
			String error) {

		static PreviewItem of(ImportPreview.Item item) {
			return new PreviewItem(item.row(), item.keyResultId(), item.title(), item.currentValue(), item.value(),
					item.confidence(), item.error());
		}

	}

}
