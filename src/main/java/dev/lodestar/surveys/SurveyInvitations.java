package dev.lodestar.surveys;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CyclePhaseChanged;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.mail.Mail;
import dev.lodestar.mail.Outbox;
import dev.lodestar.organization.People;

/**
 * Asks everyone who takes part (every role but viewer) to answer the survey when a cycle
 * enters reflect: one mail each, posted in the transaction of the phase change, so the
 * mails go out only if the cycle really moved on. The addresses are read in one query
 * however large the organisation. {@code lodestar.surveys.invitations=false} leaves the
 * mails out (the survey is still on My week).
 */
@Component
class SurveyInvitations {

	private final People people;

	private final Cycles cycles;

	private final Outbox outbox;

	private final String baseUrl;

	private final boolean enabled;

	SurveyInvitations(People people, Cycles cycles, Outbox outbox, @Value("${lodestar.base-url}") String baseUrl,
			@Value("${lodestar.surveys.invitations:true}") boolean enabled) {
		this.enabled = enabled;
		this.people = people;
		this.cycles = cycles;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(CyclePhaseChanged changed) {
		if (!this.enabled || changed.to() != Phase.REFLECT) {
			return;
		}
		Cycle cycle = this.cycles.get(changed.cycleId());
		List<String> addresses = this.people.participantEmails();
		addresses.forEach((address) -> this.outbox.post(mail(address, cycle)));
	}

	Mail mail(String address, Cycle cycle) {
		String link = this.baseUrl + "/cycles/" + cycle.id() + "/survey";
		String subject = "How did OKRs work for you in " + cycle.name() + "?";
		String text = subject + "\n\n" + cycle.name()
				+ " is in reflect. A few short questions about how we ran OKRs this cycle:"
				+ " it takes two minutes, and your answers are anonymous.\n\nAnswer the survey: " + link + "\n";
		String html = "<h1>" + HtmlUtils.htmlEscape(subject) + "</h1>\n<p>" + HtmlUtils.htmlEscape(cycle.name())
				+ " is in reflect. A few short questions about how we ran OKRs this cycle:"
				+ " it takes two minutes, and your answers are anonymous.</p>\n<p><a href=\""
				+ HtmlUtils.htmlEscape(link) + "\">Answer the survey</a></p>\n";
		return new Mail(address, subject, text, html);
	}

}
