package dev.lodestar.objectives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.cycles.CycleId;

/**
 * The links of objectives to what they contribute to ({@code objective_link}), in
 * explicit SQL: read for many objectives in one query, replaced as a whole for one, and
 * walked for loops and roll-ups.
 */
@Repository
class ObjectiveLinks {

	private static final String TARGET = "coalesce(l.target_objective_id, tk.objective_id)";

	private final JdbcClient jdbc;

	ObjectiveLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The links of some objectives, each list in its order: one query.
	 */
	Map<ObjectiveId, List<Contribution>> of(Collection<ObjectiveId> objectives) {
		if (objectives.isEmpty()) {
			return Map.of();
		}
		Map<ObjectiveId, List<Contribution>> links = new HashMap<>();
		this.jdbc.sql("""
				select objective_id, target_objective_id, target_key_result_id, weight from objective_link
				where objective_id in (:ids) order by objective_id, position""")
			.param("ids", objectives.stream().map(ObjectiveId::value).toList())
			.query((rs, row) -> {
				UUID objective = rs.getObject("target_objective_id", UUID.class);
				Alignment to = (objective != null) ? Alignment.toObjective(new ObjectiveId(objective))
						: Alignment.toKeyResult(new KeyResultId(rs.getObject("target_key_result_id", UUID.class)));
				links
					.computeIfAbsent(new ObjectiveId(rs.getObject("objective_id", UUID.class)),
							(id) -> new ArrayList<>())
					.add(new Contribution(to, rs.getDouble("weight")));
				return null;
			})
			.list();
		return links;
	}

	/**
	 * Replaces the links of an objective with {@code links}, in their order.
	 */
	void replace(ObjectiveId objective, List<Contribution> links) {
		this.jdbc.sql("delete from objective_link where objective_id = ?").param(objective.value()).update();
		for (int i = 0; i < links.size(); i++) {
			Contribution link = links.get(i);
			this.jdbc
				.sql("""
						insert into objective_link (objective_id, position, target_objective_id, target_key_result_id, weight)
						values (?, ?, ?, ?, ?)""")
				.params(objective.value(), i, (link.objectiveId() != null) ? link.objectiveId().value() : null,
						(link.keyResultId() != null) ? link.keyResultId().value() : null, link.weight())
				.update();
		}
	}

	/**
	 * The links of an objective as its copy in another cycle keeps them: each target that
	 * was carried into that cycle itself is replaced by its copy; the others stay as they
	 * are (and follow when they are carried, see {@link #followCarried}). One query.
	 */
	List<Contribution> carried(ObjectiveId original, CycleId cycle) {
		return this.jdbc.sql("""
				select coalesce((select co.id from objective co where co.carried_from = l.target_objective_id
				                 and co.cycle_id = :cycle order by co.created_at, co.id limit 1),
				                l.target_objective_id) as target_objective_id,
				       coalesce((select ck.id from key_result ck join objective cko on cko.id = ck.objective_id
				                 where ck.carried_from = l.target_key_result_id and cko.cycle_id = :cycle
				                 order by ck.created_at, ck.id limit 1),
				                l.target_key_result_id) as target_key_result_id,
				       l.weight
				from objective_link l where l.objective_id = :id order by l.position""")
			.param("id", original.value())
			.param("cycle", cycle.value())
			.query((rs, row) -> {
				UUID objective = rs.getObject("target_objective_id", UUID.class);
				Alignment to = (objective != null) ? Alignment.toObjective(new ObjectiveId(objective))
						: Alignment.toKeyResult(new KeyResultId(rs.getObject("target_key_result_id", UUID.class)));
				return new Contribution(to, rs.getDouble("weight"));
			})
			.list();
	}

	/**
	 * Points the links of the objectives of a cycle that name an objective (or one of its
	 * key results) carried into that cycle at the copy instead; answers the objectives
	 * whose links moved. Three statements.
	 */
	Set<ObjectiveId> followCarried(ObjectiveId original, ObjectiveId copy, CycleId cycle) {
		Set<ObjectiveId> moved = this.jdbc.sql("""
				select distinct l.objective_id from objective_link l join objective o on o.id = l.objective_id
				left join key_result tk on tk.id = l.target_key_result_id
				where o.cycle_id = :cycle and (l.target_objective_id = :original or tk.objective_id = :original)""")
			.param("cycle", cycle.value())
			.param("original", original.value())
			.query((rs, row) -> new ObjectiveId(rs.getObject("objective_id", UUID.class)))
			.set();
		if (moved.isEmpty()) {
			return moved;
		}
		this.jdbc.sql("""
				update objective_link set target_objective_id = :copy
				where target_objective_id = :original
				and objective_id in (select o.id from objective o where o.cycle_id = :cycle)""")
			.param("copy", copy.value())
			.param("original", original.value())
			.param("cycle", cycle.value())
			.update();
		this.jdbc.sql("""
				update objective_link set target_key_result_id = (
				    select ck.id from key_result ck where ck.objective_id = :copy
				    and ck.carried_from = objective_link.target_key_result_id)
				where objective_id in (select o.id from objective o where o.cycle_id = :cycle)
				and target_key_result_id in (
				    select k.id from key_result k join key_result ck on ck.carried_from = k.id
				    where k.objective_id = :original and ck.objective_id = :copy)""")
			.param("copy", copy.value())
			.param("original", original.value())
			.param("cycle", cycle.value())
			.update();
		return moved;
	}

	/**
	 * Takes the lock under which the links of a cycle change (see
	 * {@code Objectives#lockLinksOf}).
	 */
	void lockCycle(CycleId cycle) {
		this.jdbc.sql("update cycle set version = version where id = ?").param(cycle.value()).update();
	}

	/**
	 * The objectives that contribute to some objectives or key results, with the target
	 * and the weight of each link, oldest contributor first: one query. The links to
	 * objectives and those to key results are read apart, each through its index (a link
	 * has one target, so none is read twice): with an {@code or} H2 read every link and
	 * objective of every cycle.
	 */
	List<Incoming> into(Collection<ObjectiveId> objectives, Collection<KeyResultId> keyResults) {
		if (objectives.isEmpty() && keyResults.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from (
				  select l.objective_id, l.target_objective_id, l.target_key_result_id, l.weight, o.created_at,
				         l.position
				  from objective_link l join objective o on o.id = l.objective_id
				  where l.target_objective_id in (:objectives)
				  union all
				  select l.objective_id, l.target_objective_id, l.target_key_result_id, l.weight, o.created_at,
				         l.position
				  from objective_link l join objective o on o.id = l.objective_id
				  where l.target_key_result_id in (:keyResults)
				) incoming order by created_at, objective_id, position""")
			.param("objectives", ids(objectives.stream().map(ObjectiveId::value).toList()))
			.param("keyResults", ids(keyResults.stream().map(KeyResultId::value).toList()))
			.query((rs, row) -> {
				UUID objective = rs.getObject("target_objective_id", UUID.class);
				Alignment to = (objective != null) ? Alignment.toObjective(new ObjectiveId(objective))
						: Alignment.toKeyResult(new KeyResultId(rs.getObject("target_key_result_id", UUID.class)));
				return new Incoming(new ObjectiveId(rs.getObject("objective_id", UUID.class)),
						new Contribution(to, rs.getDouble("weight")));
			})
			.list();
	}

	/**
	 * The cycle and objective of each target that exists (an objective's objective is
	 * itself): two queries at most.
	 */
	Map<Alignment, Target> targets(Collection<Alignment> targets) {
		Map<Alignment, Target> found = new LinkedHashMap<>();
		List<UUID> objectives = targets.stream()
			.filter((target) -> target.objectiveId() != null)
			.map((target) -> target.objectiveId().value())
			.toList();
		List<UUID> keyResults = targets.stream()
			.filter((target) -> target.keyResultId() != null)
			.map((target) -> target.keyResultId().value())
			.toList();
		if (!objectives.isEmpty()) {
			this.jdbc.sql("select id, cycle_id from objective where id in (:ids)")
				.param("ids", objectives)
				.query((rs, row) -> {
					ObjectiveId id = new ObjectiveId(rs.getObject("id", UUID.class));
					return found.put(Alignment.toObjective(id),
							new Target(id, new CycleId(rs.getObject("cycle_id", UUID.class))));
				})
				.list();
		}
		if (!keyResults.isEmpty()) {
			this.jdbc
				.sql("""
						select kr.id, kr.objective_id, o.cycle_id from key_result kr join objective o on o.id = kr.objective_id
						where kr.id in (:ids)""")
				.param("ids", keyResults)
				.query((rs, row) -> {
					return found.put(Alignment.toKeyResult(new KeyResultId(rs.getObject("id", UUID.class))),
							new Target(new ObjectiveId(rs.getObject("objective_id", UUID.class)),
									new CycleId(rs.getObject("cycle_id", UUID.class))));
				})
				.list();
		}
		return found;
	}

	/**
	 * Every objective that contributes to an objective, directly or through others, to it
	 * or to one of its key results (and so on down): a link from the objective to any of
	 * these would close a loop. One recursive query.
	 */
	Set<ObjectiveId> below(ObjectiveId objective) {
		return this.jdbc
			.sql("""
					with recursive below (id) as (
					    select l.objective_id from objective_link l left join key_result tk on tk.id = l.target_key_result_id
					    where %1$s = :id
					    union
					    select l.objective_id from below
					    join objective_link l on true
					    left join key_result tk on tk.id = l.target_key_result_id
					    where %1$s = below.id
					)
					select id from below"""
				.formatted(TARGET))
			.param("id", objective.value())
			.query((rs, row) -> new ObjectiveId(rs.getObject("id", UUID.class)))
			.set();
	}

	/**
	 * The roll-up key results above some objectives: those they contribute to, and those
	 * the objectives of these contribute to, and so on up; those of closed cycles are
	 * left as they were. One recursive query.
	 */
	Set<KeyResultId> rollupsAbove(Collection<ObjectiveId> objectives) {
		if (objectives.isEmpty()) {
			return Set.of();
		}
		return this.jdbc
			.sql("""
									with recursive above (id, objective_id) as (
									    select k.id, k.objective_id from objective_link l join key_result k on k.id = l.target_key_result_id
									    where l.objective_id in (:ids) and k.type = 'ROLLUP'
									    union
									    select k.id, k.objective_id from above
									    join objective_link l on l.objective_id = above.objective_id
									    join key_result k on k.id = l.target_key_result_id
									    where k.type = 'ROLLUP'
									)
									select above.id from above join key_result k on k.id = above.id
									join objective t on t.id = k.objective_id join cycle c on c.id = t.cycle_id
									where c.phase <> 'CLOSED'
					""")
			.param("ids", objectives.stream().map(ObjectiveId::value).toList())
			.query((rs, row) -> new KeyResultId(rs.getObject("id", UUID.class)))
			.set();
	}

	/**
	 * The weight of each objective's link to each of some key results; only links within
	 * a cycle count (a carried objective may keep a link to the cycle before until its
	 * target is carried too).
	 */
	Map<KeyResultId, Map<ObjectiveId, Double>> contributorsOf(Collection<KeyResultId> keyResults) {
		if (keyResults.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select l.target_key_result_id, l.objective_id, l.weight from objective_link l
				join objective o on o.id = l.objective_id join key_result k on k.id = l.target_key_result_id
				join objective t on t.id = k.objective_id
				where l.target_key_result_id in (:ids) and o.cycle_id = t.cycle_id""")
			.param("ids", keyResults.stream().map(KeyResultId::value).toList())
			.query((rs,
					row) -> new Object[] { new KeyResultId(rs.getObject("target_key_result_id", UUID.class)),
							new ObjectiveId(rs.getObject("objective_id", UUID.class)), rs.getDouble("weight") })
			.list()
			.stream()
			.collect(Collectors.groupingBy((row) -> (KeyResultId) row[0], Collectors
				.toMap((row) -> (ObjectiveId) row[1], (row) -> (Double) row[2], Double::sum, LinkedHashMap::new)));
	}

	/**
	 * The titles of some targets (a key result's with its objective's), in one query;
	 * those that no longer exist are left out.
	 */
	Map<Alignment, String> titles(Collection<Alignment> targets) {
		Map<Alignment, String> titles = new HashMap<>();
		this.jdbc.sql("""
				select o.id, cast(null as uuid) as key_result_id, o.title from objective o where o.id in (:objectives)
				union all
				select o.id, k.id, k.title || ' (' || o.title || ')' from key_result k
				join objective o on o.id = k.objective_id where k.id in (:keyResults)""")
			.param("objectives",
					ids(targets.stream()
						.filter((to) -> to.objectiveId() != null)
						.map((to) -> to.objectiveId().value())
						.toList()))
			.param("keyResults",
					ids(targets.stream()
						.filter((to) -> to.keyResultId() != null)
						.map((to) -> to.keyResultId().value())
						.toList()))
			.query((rs, row) -> {
				UUID keyResult = rs.getObject("key_result_id", UUID.class);
				return titles.put(
						(keyResult != null) ? Alignment.toKeyResult(new KeyResultId(keyResult))
								: Alignment.toObjective(new ObjectiveId(rs.getObject("id", UUID.class))),
						rs.getString("title"));
			})
			.list();
		return titles;
	}

	/**
	 * What an objective of a cycle may contribute to, matching some words (all of the
	 * cycle's objectives and key results that are not archived) or, without words, those
	 * of the company, of some teams and the shared objectives {@code own} (the
	 * objective's team) is part of: the company's first, then the shared ones and those
	 * teams', then the rest, at most {@code limit}. One query.
	 */
	List<Objectives.Candidate> candidates(CycleId cycle, Collection<UUID> teams, UUID own, ObjectiveId except,
			String text, int limit) {
		boolean words = text != null && !text.isBlank();
		String sharedHere = "(o.shared_with is not null and " + ObjectiveTeams.ownedBy("o", "own") + ")";
		String match = words ? " and lower(%s) like lower(:text) escape '!'"
				: " and (o.team_id is null or o.team_id in (:teams) or " + sharedHere.replace("%", "%%") + ")";
		String rank = "case when o.team_id is null then 0 when " + sharedHere + " or o.team_id in (:teams) then 1"
				+ " else 2 end";
		return this.jdbc
			.sql("""
					select * from (
					  select o.id as objective_id, cast(null as uuid) as key_result_id, o.title, o.team_id,
					         %1$s as rank, case when %2$s then 1 else 0 end as shared_here, o.created_at, 0 as kind
					  from objective o where o.cycle_id = :cycle and o.status <> 'ARCHIVED' and o.id <> :except %3$s
					  union all
					  select o.id, k.id, k.title || ' (' || o.title || ')', o.team_id,
					         %1$s, case when %2$s then 1 else 0 end, k.created_at, 1
					  from key_result k join objective o on o.id = k.objective_id
					  where o.cycle_id = :cycle and o.status <> 'ARCHIVED' and o.id <> :except %4$s
					) c order by rank, kind, created_at, objective_id, key_result_id limit :limit""".formatted(rank,
					sharedHere, match.formatted("o.title"), match.formatted("k.title")))
			.param("cycle", cycle.value())
			.param("teams", ids(List.copyOf(teams)))
			.param("own", (own != null) ? own : new UUID(0, 0))
			.param("except", (except != null) ? except.value() : new UUID(0, 0))
			.param("text", words ? ObjectiveSearch.containing(text.strip()) : "")
			.param("limit", limit)
			.query((rs, row) -> {
				UUID keyResult = rs.getObject("key_result_id", UUID.class);
				UUID team = rs.getObject("team_id", UUID.class);
				ObjectiveId objective = new ObjectiveId(rs.getObject("objective_id", UUID.class));
				return new Objectives.Candidate(
						(keyResult != null) ? Alignment.toKeyResult(new KeyResultId(keyResult))
								: Alignment.toObjective(objective),
						rs.getString("title"), (team != null) ? new dev.lodestar.organization.TeamId(team) : null,
						rs.getInt("shared_here") == 1);
			})
			.list();
	}

	private static List<UUID> ids(List<UUID> ids) {
		// "in ()" is not SQL: a list that matches nothing stands in for an empty one
		return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
	}

	/**
	 * A link into an objective or key result: from which objective, with what weight.
	 */
	record Incoming(ObjectiveId from, Contribution link) {
	}

	/**
	 * What a link may point at, as far as the rules care: the objective it is (or belongs
	 * to) and its cycle.
	 */
	record Target(ObjectiveId objectiveId, CycleId cycleId) {
	}

}
