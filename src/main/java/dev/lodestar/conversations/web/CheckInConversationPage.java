package dev.lodestar.conversations.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.conversations.Comment;
import dev.lodestar.conversations.CommentId;
import dev.lodestar.conversations.Comments;
import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.web.FormErrors;
import dev.lodestar.web.Htmx;

/**
 * A check-in's conversation: the check-in and its comments, with a form to add one. Under
 * each check-in of a key result's page the thread opens in place (htmx asks for it), and
 * a comment posted there comes back as the thread; without htmx this is a page of its
 * own, which is also where notifications about comments lead.
 */
@Controller
class CheckInConversationPage {

	private static final String TEMPLATE = "conversations/check-in";

	private static final String THREAD = "conversations/comments :: thread";

	private final CheckIns checkIns;

	private final KeyResults keyResults;

	private final Comments comments;

	private final Threads threads;

	private final People people;

	CheckInConversationPage(CheckIns checkIns, KeyResults keyResults, Comments comments, Threads threads,
			People people) {
		this.checkIns = checkIns;
		this.keyResults = keyResults;
		this.comments = comments;
		this.threads = threads;
		this.people = people;
	}

	@GetMapping("/check-ins/{id}")
	String conversation(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
		CheckInId checkIn = CheckInId.fromPath(id);
		return show(checkIn, this.threads.of(actor, checkIn), model, request);
	}

	@PostMapping("/check-ins/{id}/comments")
	String comment(Actor actor, @PathVariable String id, @RequestParam(required = false) String body, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		CheckInId checkIn = CheckInId.fromPath(id);
		Map<String, String> errors = FormErrors.none();
		Comment posted = FormErrors.attempt(errors, () -> this.comments.post(actor, checkIn, body));
		if (posted != null && !Htmx.isHtmx(request)) {
			return "redirect:/check-ins/" + checkIn + "#comment-" + posted.id();
		}
		Thread thread = this.threads.of(actor, checkIn);
		if (posted == null) {
			response.setStatus(422);
			thread = thread.refused(body, errors.get("body"));
		}
		return show(checkIn, thread, model, request);
	}

	@PostMapping("/comments/{id}/delete")
	String delete(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
		Comment comment = this.comments.get(CommentId.fromPath(id));
		this.comments.delete(actor, comment.id());
		if (!Htmx.isHtmx(request)) {
			return "redirect:/check-ins/" + comment.checkInId();
		}
		model.addAttribute("thread", this.threads.of(actor, comment.checkInId()));
		return THREAD;
	}

	private String show(CheckInId id, Thread thread, Model model, HttpServletRequest request) {
		if (Htmx.isHtmx(request)) {
			model.addAttribute("thread", thread.inPlace());
			return THREAD;
		}
		model.addAttribute("thread", thread);
		CheckIn checkIn = this.checkIns.get(id);
		KeyResult keyResult = this.keyResults.get(checkIn.keyResultId());
		String author = (checkIn.authorId() != null)
				? this.people.names(List.of(checkIn.authorId())).getOrDefault(checkIn.authorId(), "someone")
				: "someone";
		model.addAttribute("checkIn", CheckInSummary.of(checkIn, keyResult, author));
		return TEMPLATE;
	}

}
