package dev.lodestar.demo;

import org.springframework.stereotype.Component;

import dev.lodestar.conversations.Comments;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Program;
import dev.lodestar.rhythm.KudosWall;
import dev.lodestar.rhythm.Priorities;
import dev.lodestar.rhythm.Wins;

/**
 * The services the demo's week is played with, gathered so that {@link DemoData} needs
 * one more collaborator, not six.
 */
@Component
class DemoWeekServices {

	private final Priorities priorities;

	private final Wins wins;

	private final KudosWall kudos;

	private final Comments comments;

	private final Program program;

	DemoWeekServices(Priorities priorities, Wins wins, KudosWall kudos, Comments comments, Program program) {
		this.priorities = priorities;
		this.wins = wins;
		this.kudos = kudos;
		this.comments = comments;
		this.program = program;
	}

	DemoWeek week(CheckIns checkIns, People people) {
		return new DemoWeek(this.priorities, this.wins, this.kudos, this.comments, checkIns, people, this.program);
	}

}
