package no.saint.ui.session;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.saint.evaluation.EntityType;
import no.saint.evaluation.StatusDefinition;

/**
 * Lists the status monitors of the rules in use with their number of matches
 * and the time of their last generation, as stored in the engine's
 * {@code saint_status} table.
 */
public final class StatusMonitors {

	/**
	 * One status monitor.
	 *
	 * @param matches the number of entities with the status at the last generation, 0 before the first one
	 * @param lastGenerated the local time of the last generation, or null when it never ran
	 */
	public record Monitor(String name, EntityType entityType, int rank, int matches, LocalDateTime lastGenerated) {
	}

	private final SaintSession session;

	public StatusMonitors(SaintSession session) {
		this.session = session;
	}

	/** Returns every status of the rules in rank order, with its stored generation figures. */
	public List<Monitor> monitors() throws SQLException {
		Map<String, Generation> generations = readGenerations();
		List<Monitor> monitors = new ArrayList<>();
		for (StatusDefinition status : session.ruleSet().statuses()) {
			Generation generation = generations.get(status.name());
			monitors.add(new Monitor(status.name(), status.entityType(), status.rank(),
					generation == null ? 0 : generation.matches(), generation == null ? null : generation.time()));
		}
		monitors.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank()) : a.name().compareTo(b.name()));
		return monitors;
	}

	private record Generation(int matches, LocalDateTime time) {
	}

	// NOTE: reads the engine's table directly because StatusDatabase offers no reader for last_generated.
	private Map<String, Generation> readGenerations() throws SQLException {
		Map<String, Generation> generations = new HashMap<>();
		try (Connection connection = session.store().settings().open();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT name, matches, last_generated FROM saint_status")) {
			while (rows.next()) {
				Timestamp time = rows.getTimestamp(3);
				generations.put(rows.getString(1),
						new Generation(rows.getInt(2), time == null ? null : time.toLocalDateTime()));
			}
		}
		return generations;
	}
}
