package dev.lodestar.cycles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.shared.StaleVersionException;

/**
 * Creating cycles and moving them through their phases; admins and champions do it,
 * everyone reads. Publishes {@link CyclePhaseChanged} when a cycle moves on.
 */
@Service
@Transactional
public class Cycles {

	/**
	 * The name of the cycles' version among the figures of the signed-in person
	 * ({@link dev.lodestar.organization.SignedIn#figure(String)}).
	 */
	public static final String VERSION_FIGURE = "cycles_version";

	private final CycleRepository cycles;

	private final JdbcClient jdbc;

	private final AtomicReference<CurrentAt> current = new AtomicReference<>();

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Cycles(CycleRepository cycles, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a cycle in prepare. Its dates may overlap other cycles' (see
	 * {@link #overlapping}) without changing the {@link #current current} one; its name
	 * may not be another cycle's ({@link Cycle#keyOf}), a conflict that names the field
	 * {@code name}.
	 */
	public Cycle create(Actor actor, String name, LocalDate startDate, LocalDate endDate) {
		actor.require(actor.runsProgram(), "create cycles");
		Cycle cycle = Cycle.create(name, startDate, endDate, this.clock.instant());
		requireNameFree(cycle);
		return saveNamed(cycle);
	}

	/**
	 * Checks a new cycle as {@link #create} would, without creating it, and answers the
	 * cycles whose dates share a day with its dates, earliest first: what an admin is
	 * told before adding a cycle beside them.
	 */
	@Transactional(readOnly = true)
	public List<Cycle> overlapping(Actor actor, String name, LocalDate startDate, LocalDate endDate) {
		actor.require(actor.runsProgram(), "create cycles");
		Cycle cycle = Cycle.create(name, startDate, endDate, this.clock.instant());
		requireNameFree(cycle);
		return this.cycles.findOverlapping(startDate, endDate);
	}

	private void requireNameFree(Cycle cycle) {
		this.cycles.findByNameKey(cycle.nameKey())
			.filter((other) -> !other.id().equals(cycle.id()))
			.ifPresent((other) -> {
				throw nameTaken(other.name());
			});
	}

	/**
	 * Saves a cycle whose name was checked; a cycle of the same name saved at the same
	 * moment is caught by the database's unique key.
	 */
	private Cycle saveNamed(Cycle cycle) {
		try {
			Cycle saved = this.cycles.save(cycle);
			changed();
			return saved;
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(cycle.name());
		}
	}

	private static ConflictException nameTaken(String name) {
		return new ConflictException("There is already a cycle named " + name + "; choose another name.",
				List.of(new FieldError("name", "is already the name of another cycle")));
	}

	@Transactional(readOnly = true)
	public Cycle get(CycleId id) {
		return this.cycles.findById(id).orElseThrow(() -> new NotFoundException("cycle", id));
	}

	@Transactional(readOnly = true)
	public boolean exists(CycleId id) {
		return this.cycles.existsById(id);
	}

	/**
	 * The cycle people work in today, as {@link OpenCycles} defines it: of the open
	 * cycles containing today the one in execute stays current; else the next one to
	 * start, else the open one that ended last; with no open cycle, the latest cycle of
	 * all. Empty only when there is no cycle yet.
	 */
	@Transactional(readOnly = true)
	public Optional<Cycle> current(LocalDate today) {
		return new OpenCycles(this.cycles.findOpen()).current(today)
			.or(() -> this.cycles.findLatest().stream().findFirst());
	}

	/**
	 * The {@link #current(LocalDate) current cycle}, kept by this instance for as long as
	 * the day and the cycles' {@code version} (read with the signed-in person, see
	 * {@link CyclesVersionFigure}) stay the same: every page's frame shows it.
	 */
	@Transactional(readOnly = true)
	public Optional<Cycle> current(LocalDate today, long version) {
		CurrentAt kept = this.current.get();
		if (kept != null && kept.today().equals(today) && kept.version() == version) {
			return kept.cycle();
		}
		Optional<Cycle> cycle = current(today);
		this.current.set(new CurrentAt(today, version, cycle));
		return cycle;
	}

	private record CurrentAt(LocalDate today, long version, Optional<Cycle> cycle) {
	}

	/**
	 * The cycles people check in on today: every open cycle whose dates contain today (an
	 * organisation may run a yearly cycle beside its quarters), the {@link #current
	 * current} one first; or else the current one alone.
	 */
	@Transactional(readOnly = true)
	public List<Cycle> running(LocalDate today) {
		List<Cycle> running = new OpenCycles(this.cycles.findOpen()).running(today);
		return running.isEmpty() ? current(today).stream().toList() : running;
	}

	/**
	 * All cycles, newest first; an organisation has a handful per year.
	 */
	@Transactional(readOnly = true)
	public List<Cycle> all() {
		return this.cycles.findPage(Integer.MAX_VALUE, 0);
	}

	@Transactional(readOnly = true)
	public ResultPage<Cycle> list(Paging paging) {
		return new ResultPage<>(this.cycles.findPage(paging.limit(), paging.offset()), this.cycles.count());
	}

	public Cycle update(Actor actor, CycleId id, Long expectedVersion, CycleChanges changes) {
		actor.require(actor.runsProgram(), "change cycles");
		Cycle cycle = get(id);
		StaleVersionException.check("cycle", expectedVersion, cycle.version());
		cycle.requireOpen();
		if (changes.name() != null) {
			cycle = cycle.withName(changes.name());
			requireNameFree(cycle);
		}
		if (changes.startDate() != null || changes.endDate() != null) {
			cycle = cycle.withDates((changes.startDate() != null) ? changes.startDate() : cycle.startDate(),
					(changes.endDate() != null) ? changes.endDate() : cycle.endDate());
		}
		return saveNamed(cycle);
	}

	public Cycle advance(Actor actor, CycleId id, Long expectedVersion, Phase target) {
		actor.require(actor.runsProgram(), "move cycles to another phase");
		Cycle cycle = get(id);
		StaleVersionException.check("cycle", expectedVersion, cycle.version());
		Phase from = cycle.phase();
		Cycle moved = this.cycles.save(cycle.advanceTo(target));
		changed();
		this.events.publishEvent(new CyclePhaseChanged(id, from, target, actor.personId()));
		return moved;
	}

	public void delete(Actor actor, CycleId id, Long expectedVersion) {
		actor.require(actor.runsProgram(), "remove cycles");
		Cycle cycle = get(id);
		StaleVersionException.check("cycle", expectedVersion, cycle.version());
		cycle.requireOpen();
		this.cycles.delete(cycle);
		changed();
	}

	/**
	 * Bumps the cycles' version in the change's transaction, so that every instance reads
	 * its current cycle again at its next page.
	 */
	private void changed() {
		this.jdbc.sql("update data_version set version = version + 1 where name = 'cycles'").update();
	}

	/**
	 * A partial change of a cycle: a {@code null} component leaves it as it is.
	 */
	public record CycleChanges(String name, LocalDate startDate, LocalDate endDate) {
	}

}
