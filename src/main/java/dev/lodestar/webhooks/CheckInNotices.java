package dev.lodestar.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckInRecorded;
import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.Objective;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Teams;
import dev.lodestar.web.Format;

/**
 * Tells of a check-in: {@code checkin.recorded} for every check-in, and
 * {@code keyresult.at-risk} when it moved the key result's confidence from on track (or
 * none yet) to at risk or off track.
 */
@Component
class CheckInNotices {

	private final People people;

	private final Teams teams;

	private final Links links;

	private final Format format;

	CheckInNotices(People people, Teams teams, Links links, Format format) {
		this.people = people;
		this.teams = teams;
		this.links = links;
		this.format = format;
	}

	/**
	 * Whether a change of confidence is news for {@code keyresult.at-risk}: from on
	 * track, or from none, to at risk or off track. A key result already at risk that
	 * falls to off track, or one that stays at risk, is not news again.
	 */
	static boolean fellAtRisk(Integer before, Integer after) {
		ConfidenceBand from = ConfidenceBand.of(before);
		ConfidenceBand to = ConfidenceBand.of(after);
		return (from == ConfidenceBand.ON_TRACK || from == ConfidenceBand.UNKNOWN)
				&& (to == ConfidenceBand.AT_RISK || to == ConfidenceBand.OFF_TRACK);
	}

	Notice of(CheckInRecorded recorded, WebhookEvent event) {
		CheckIn checkIn = recorded.checkIn();
		KeyResult keyResult = recorded.after();
		Objective objective = recorded.objective();
		String author = this.people.get(checkIn.authorId()).name();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("checkIn", checkIn(checkIn, author));
		data.put("keyResult", keyResult(keyResult, recorded.before().confidence()));
		data.put("objective", objective(objective));
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Objective", objective.title());
		facts.put("Value", value(keyResult));
		facts.put("Confidence", confidence(keyResult.confidence()));
		facts.put("By", author);
		String sentence = (event == WebhookEvent.KEYRESULT_AT_RISK) ? fall(recorded, author)
				: author + " checked in “" + keyResult.title() + "”: " + value(keyResult) + ", confidence "
						+ confidence(keyResult.confidence()) + ".";
		String headline = (event == WebhookEvent.KEYRESULT_AT_RISK)
				? "Key result " + ConfidenceBand.of(keyResult.confidence()).label()
				: "Check-in on “" + keyResult.title() + "”";
		return new Notice(event, checkIn.createdAt(), headline, sentence, this.links.keyResult(keyResult.id()),
				"Open the key result", facts, data);
	}

	private static String fall(CheckInRecorded recorded, String author) {
		return "“" + recorded.after().title() + "” is now " + confidence(recorded.after().confidence()) + ", down from "
				+ confidence(recorded.before().confidence()) + ", after a check-in by " + author + ".";
	}

	private String value(KeyResult keyResult) {
		if (keyResult.type() == KeyResultType.MILESTONE) {
			return (keyResult.currentValue() == 1) ? "done" : "not done";
		}
		return Format.figures(null, keyResult.currentValue(), keyResult.targetValue(), keyResult.unit()) + " ("
				+ this.format.percent(keyResult.progress()) + ")";
	}

	private static String confidence(Integer confidence) {
		return (confidence != null) ? confidence + " (" + ConfidenceBand.of(confidence).label() + ")"
				: ConfidenceBand.UNKNOWN.label();
	}

	private static Map<String, Object> checkIn(CheckIn checkIn, String author) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", checkIn.id().toString());
		data.put("value", checkIn.value());
		data.put("confidence", checkIn.confidence());
		data.put("note", checkIn.note());
		data.put("blockers", checkIn.blockers());
		data.put("source", checkIn.source().value());
		data.put("createdAt", checkIn.createdAt().toString());
		data.put("author", person(checkIn.authorId(), author));
		return data;
	}

	private Map<String, Object> keyResult(KeyResult keyResult, Integer previousConfidence) {
		Map<String, Object> data = PlanNotices.keyResult(keyResult, this.links);
		data.put("previousConfidence", previousConfidence);
		data.put("confidenceBand", ConfidenceBand.of(keyResult.confidence()).css());
		return data;
	}

	private Map<String, Object> objective(Objective objective) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", objective.id().toString());
		data.put("title", objective.title());
		data.put("cycleId", objective.cycleId().toString());
		data.put("teamId", (objective.teamId() != null) ? objective.teamId().toString() : null);
		data.put("teamIds", objective.teamIds().stream().map(Object::toString).toList());
		data.put("team", (objective.teamId() != null) ? this.teams.get(objective.teamId()).name() : null);
		data.put("link", this.links.objective(objective.id()));
		return data;
	}

	static Map<String, Object> person(PersonId id, String name) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", id.toString());
		data.put("name", name);
		return data;
	}

}
