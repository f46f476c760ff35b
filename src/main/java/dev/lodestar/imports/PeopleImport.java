package dev.lodestar.imports;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.invitations.Invitations;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Roster;

/**
 * Imports people and teams from a CSV file: a preview that writes nothing, and applying
 * that writes every row in one transaction or, when any row is wrong, nothing. Both read
 * the organisation in three queries and apply writes each kind of change in one batch, so
 * a file of 10,000 rows takes the same number of statements as a file of ten. Only admins
 * import, since a file gives roles.
 *
 * <p>
 * An import creates people (invited, without a password), changes the name and role of
 * people who exist, creates teams, sets a team's parent, adds people to teams and sets
 * their lead flag. It never removes a person, a team or a membership, and never changes
 * an email, a password or a status.
 */
@Service
@Transactional
public class PeopleImport {

	private final Roster roster;

	private final Invitations invitations;

	private final Clock clock;

	PeopleImport(Roster roster, Invitations invitations, Clock clock) {
		this.roster = roster;
		this.invitations = invitations;
		this.clock = clock;
	}

	/** What the file would do, row by row; writes nothing. */
	@Transactional(readOnly = true)
	public ImportReport preview(Actor actor, ImportFile file) {
		return plan(actor, file).report();
	}

	/**
	 * Applies every row of the file, and invites the people it creates when
	 * {@code invite}.
	 * @throws ImportRefusedException when a row is wrong; then nothing is written
	 */
	public ImportReport apply(Actor actor, ImportFile file, boolean invite) {
		ImportPlan plan = plan(actor, file);
		ImportReport report = plan.report();
		if (report.hasErrors()) {
			throw new ImportRefusedException(report);
		}
		this.roster.insertTeams(plan.createdTeams());
		this.roster.moveTeams(plan.movedTeams());
		this.roster.insertPeople(plan.createdPeople());
		this.roster.updateNamesAndRoles(plan.changedPeople());
		this.roster.insertMemberships(plan.addedMemberships());
		this.roster.updateLeads(plan.changedLeads());
		if (invite && !report.createdPeople().isEmpty()) {
			this.invitations.inviteExisting(actor, report.createdPeople());
		}
		return report;
	}

	private ImportPlan plan(Actor actor, ImportFile file) {
		actor.require(actor.isAdmin(), "import people; ask an admin");
		return new ImportPlan(actor, this.clock.instant(), this.roster.people(), this.roster.teams(),
				this.roster.memberships())
			.add(file.lines());
	}

	/** An import refused because of its rows: a 400 that carries the report. */
	public static class ImportRefusedException extends RuntimeException {

		private final transient ImportReport report;

		ImportRefusedException(ImportReport report) {
			super(report.errors() + " of the rows are wrong; nothing was imported");
			this.report = report;
		}

		public ImportReport report() {
			return this.report;
		}

	}

}
