package dev.lodestar.backups.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.backups.Backup;
import dev.lodestar.backups.Backups;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.ConflictException;

/**
 * The admin page of backups: the zip files taken so far, newest first, to download, and a
 * button that takes one now. Where Lodestar cannot back up its database itself, the page
 * says why and what to use instead.
 */
@Controller
class BackupsPage {

	private final Backups backups;

	BackupsPage(Backups backups) {
		this.backups = backups;
	}

	@GetMapping("/admin/backups")
	String backups(Actor actor, Model model) {
		model.addAttribute("rows", this.backups.list(actor).stream().map(BackupRow::of).toList());
		model.addAttribute("refusal", this.backups.refusal().orElse(null));
		model.addAttribute("directory", this.backups.directory().toString());
		return "backups/backups";
	}

	@PostMapping("/admin/backups")
	String backUpNow(Actor actor, RedirectAttributes redirect) {
		try {
			Backup backup = this.backups.create(actor);
			redirect.addFlashAttribute("notice", "Backed up the database into " + backup.name() + ".");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/backups";
	}

	@GetMapping("/admin/backups/{name}")
	ResponseEntity<Resource> download(Actor actor, @PathVariable String name) {
		return this.backups.get(actor, name).download();
	}

	/** A backup as the page lists it. */
	record BackupRow(String name, String size, String takenAt) {

		private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'",
				Locale.ENGLISH);

		static BackupRow of(Backup backup) {
			return new BackupRow(backup.name(), size(backup.size()),
					MOMENT.format(backup.createdAt().atZone(ZoneOffset.UTC)));
		}

		private static String size(long bytes) {
			if (bytes < 1024 * 1024) {
				return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
			}
			return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
		}

	}

}
