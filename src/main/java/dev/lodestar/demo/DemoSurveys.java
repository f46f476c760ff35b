package dev.lodestar.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.demo.DemoOrganisation.Organisation;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.surveys.SurveyQuestion;
import dev.lodestar.surveys.Surveys;

/**
 * The survey on the OKR process while a demo quarter is in reflect, through
 * {@link Surveys}: every other member of the teams that had objectives answers its scale
 * questions, around the rating the quarter's habits give (low in the first quarter,
 * higher as the practice settles), and leaves the text question alone.
 */
final class DemoSurveys {

	private static final int RATING_MIN = 1;

	private static final int RATING_MAX = 5;

	private final Surveys surveys;

	private final People people;

	DemoSurveys(Surveys surveys, People people) {
		this.surveys = surveys;
		this.people = people;
	}

	/**
	 * Answers the survey of a cycle in reflect for the teams named (those that had
	 * objectives); answers how many people answered. A quarter whose habits give no
	 * rating has no answers.
	 */
	int play(Organisation organisation, CycleId cycle, Set<String> teams, DemoHabits habits, Random random) {
		if (habits.surveyRating() <= 0) {
			return 0;
		}
		List<SurveyQuestion> scale = this.surveys.questions(cycle).stream().filter(SurveyQuestion::scale).toList();
		int answered = 0;
		for (PersonId person : respondents(organisation, teams)) {
			List<Surveys.Answer> answers = new ArrayList<>();
			for (SurveyQuestion question : scale) {
				int rating = (int) Math.round(habits.surveyRating() + random.nextGaussian() * 0.8);
				answers.add(new Surveys.Answer(question.id().toString(),
						Math.max(RATING_MIN, Math.min(RATING_MAX, rating)), null));
			}
			this.surveys.answer(this.people.actorOf(person), cycle, answers);
			answered++;
		}
		return answered;
	}

	/** Every other member of the teams, in the order of the catalogue, each once. */
	private static List<PersonId> respondents(Organisation organisation, Set<String> teams) {
		List<PersonId> members = new ArrayList<>();
		for (DemoCatalogue.Department department : DemoCatalogue.DEPARTMENTS) {
			for (String team : department.teams()) {
				if (teams.contains(team)) {
					organisation.membersOf(team)
						.stream()
						.filter((member) -> !members.contains(member))
						.forEach(members::add);
				}
			}
		}
		List<PersonId> respondents = new ArrayList<>();
		for (int i = 0; i < members.size(); i += 2) {
			respondents.add(members.get(i));
		}
		return respondents;
	}

}
