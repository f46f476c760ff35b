package dev.lodestar.objectives;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.h2.api.Trigger;

import dev.lodestar.versions.H2TriggerWrites;

/**
 * Keeps an objective's row of {@code objective_figures} (what the company summary adds
 * up) after every write to one of its key results, on H2, in the write's transaction (the
 * migration {@code db/vendor/h2/V33} names it; PostgreSQL has a function of its own). The
 * row is worked out again from the view {@code objective_figures_now}, for the key
 * result's objective and, when it moved, the one it left; an update that changes nothing
 * the figures add up (a title, the time of the last check-in) writes nothing.
 */
public class ObjectiveFiguresTrigger implements Trigger {

	private static final String REFRESH = """
			merge into objective_figures f
			using (select * from objective_figures_now where objective_id = ?) s
			on f.objective_id = s.objective_id
			when matched then update set weight = s.weight, weighted_progress = s.weighted_progress,
			milestone_weight = s.milestone_weight, confidence_sum = s.confidence_sum,
			confidence_count = s.confidence_count, on_track = s.on_track, at_risk = s.at_risk,
			off_track = s.off_track, unrated = s.unrated
			when not matched then insert (objective_id, weight, weighted_progress, milestone_weight,
			confidence_sum, confidence_count, on_track, at_risk, off_track, unrated)
			values (s.objective_id, s.weight, s.weighted_progress, s.milestone_weight, s.confidence_sum,
			s.confidence_count, s.on_track, s.at_risk, s.off_track, s.unrated)""";

	/** The columns of a key result that the figures add up. */
	private static final List<String> COUNTED = List.of("TYPE", "WEIGHT", "START_VALUE", "TARGET_VALUE",
			"CURRENT_VALUE", "CONFIDENCE");

	private int objective;

	private int[] counted;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) throws SQLException {
		Map<String, Integer> columns = new HashMap<>();
		try (ResultSet rows = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
			while (rows.next()) {
				columns.put(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT),
						rows.getInt("ORDINAL_POSITION") - 1);
			}
		}
		this.objective = columns.get("OBJECTIVE_ID");
		this.counted = COUNTED.stream().mapToInt(columns::get).toArray();
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		Object left = (oldRow != null) ? oldRow[this.objective] : null;
		Object joined = (newRow != null) ? newRow[this.objective] : null;
		if (left != null && joined != null && left.equals(joined) && !changesFigures(oldRow, newRow)) {
			return;
		}
		H2TriggerWrites.run(connection, () -> {
			if (left != null) {
				refresh(connection, left);
			}
			if (joined != null && !joined.equals(left)) {
				refresh(connection, joined);
			}
		});
	}

	private boolean changesFigures(Object[] oldRow, Object[] newRow) {
		for (int column : this.counted) {
			if (!Objects.equals(oldRow[column], newRow[column])) {
				return true;
			}
		}
		return false;
	}

	private static void refresh(Connection connection, Object objectiveId) throws SQLException {
		try (PreparedStatement refresh = connection.prepareStatement(REFRESH)) {
			refresh.setObject(1, objectiveId);
			refresh.executeUpdate();
		}
	}

}
