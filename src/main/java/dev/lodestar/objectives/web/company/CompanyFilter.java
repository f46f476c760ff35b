package dev.lodestar.objectives.web.company;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.ObjectiveSearch;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * The company page's filters as they arrive in the query string, kept as text so that the
 * form shows them again. Values that name nothing (a mangled id, an unknown status) do
 * not filter.
 *
 * @param cycle a cycle's id; the current cycle when empty
 * @param team a team's id, {@value #COMPANY_WIDE} for objectives without a team, or empty
 * for all
 * @param owner a name that one of the objective's key results' owners' names contains, or
 * the id of such an owner (as a link to a person's objectives has it)
 * @param status draft, published, archived, {@value #ALL}, or empty for all but archived
 * @param risk {@code on} for objectives with a key result at risk
 * @param q words to find in titles and descriptions
 * @param page the page number, from 1
 */
record CompanyFilter(String cycle, String team, String owner, String status, String risk, String q, String page) {

	static final String COMPANY_WIDE = "company";

	static final String ALL = "all";

	static final int PAGE_SIZE = 25;

	static final int WORDS_MAX = 200;

	CompanyFilter inCycle(CycleId chosen) {
		return new CompanyFilter(chosen.toString(), this.team, this.owner, this.status, this.risk, this.q, this.page);
	}

	Optional<CycleId> cycleId() {
		return id(this.cycle, CycleId::new);
	}

	public boolean atRisk() {
		return "on".equals(this.risk) || "true".equals(this.risk);
	}

	int pageNumber() {
		try {
			return (this.page != null) ? Math.max(1, Math.min(Integer.parseInt(this.page.strip()), 100_000)) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	ObjectiveSearch.Filter toSearch(CycleId cycleId) {
		return new ObjectiveSearch.Filter(cycleId, id(this.team, TeamId::new).orElse(null),
				COMPANY_WIDE.equals(this.team), ownerId().orElse(null), ownerName(), statuses(), atRisk(), words());
	}

	/**
	 * The owner asked for by id, as links to a person's objectives do.
	 */
	Optional<PersonId> ownerId() {
		return id(this.owner, PersonId::new);
	}

	private String ownerName() {
		if (ownerId().isPresent() || this.owner == null || this.owner.isBlank()) {
			return null;
		}
		String name = this.owner.strip();
		return (name.length() > WORDS_MAX) ? name.substring(0, WORDS_MAX) : name;
	}

	private String words() {
		if (this.q == null || this.q.isBlank()) {
			return null;
		}
		String words = this.q.strip();
		return (words.length() > WORDS_MAX) ? words.substring(0, WORDS_MAX) : words;
	}

	/** The address of another page of the same results. */
	String urlOfPage(int number) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/company");
		add(url, "cycle", this.cycle);
		add(url, "team", this.team);
		add(url, "owner", this.owner);
		add(url, "status", this.status);
		add(url, "risk", atRisk() ? "on" : null);
		add(url, "q", this.q);
		if (number > 1) {
			url.queryParam("page", number);
		}
		return url.encode().build().toUriString();
	}

	private Set<ObjectiveStatus> statuses() {
		if (ALL.equals(this.status)) {
			return EnumSet.allOf(ObjectiveStatus.class);
		}
		for (ObjectiveStatus one : ObjectiveStatus.values()) {
			if (one.value().equals(this.status)) {
				return EnumSet.of(one);
			}
		}
		return EnumSet.of(ObjectiveStatus.DRAFT, ObjectiveStatus.IN_REVIEW, ObjectiveStatus.PUBLISHED);
	}

	private static void add(UriComponentsBuilder url, String name, String value) {
		if (value != null && !value.isBlank()) {
			url.queryParam(name, value);
		}
	}

	private static <T> Optional<T> id(String raw, Function<UUID, T> type) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(type.apply(UUID.fromString(raw.strip())));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
