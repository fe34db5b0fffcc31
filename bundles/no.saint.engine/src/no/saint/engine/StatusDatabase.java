package no.saint.engine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import no.saint.evaluation.EntityType;
import no.saint.evaluation.Measure;
import no.saint.evaluation.StatusDefinition;
import no.saint.store.DatabaseSettings;

/**
 * The counter values and status values of one CRM database, in the tables
 * {@code saint_status}, {@code saint_status_value}, {@code saint_counter_value}
 * and {@code saint_pending_update}. Every write runs in one transaction, so a
 * failure or cancel leaves the previous values in place. On PostgreSQL every
 * write also sends a notification that {@link StatusListener}s of other
 * clients receive.
 */
public final class StatusDatabase {

	private static final int BATCH_SIZE = 2_000;
	private static final int MAX_NOTIFY_KEYS = 200;

	private final DatabaseSettings settings;

	public StatusDatabase(DatabaseSettings settings) {
		this.settings = settings;
	}

	public DatabaseSettings settings() {
		return settings;
	}

	/** Opens a connection with auto-commit off. */
	Connection open() throws SQLException {
		Connection connection = settings.open();
		connection.setAutoCommit(false);
		return connection;
	}

	/** Creates the tables when they do not exist yet. */
	public void createTables() throws SQLException {
		try (Connection connection = open(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS saint_status (name VARCHAR(200) PRIMARY KEY,"
					+ " entity_type VARCHAR(16) NOT NULL, rank_order INT NOT NULL, as_of DATE NOT NULL,"
					+ " last_generated TIMESTAMP NOT NULL, matches INT NOT NULL)");
			statement.execute("CREATE TABLE IF NOT EXISTS saint_status_value (status VARCHAR(200) NOT NULL,"
					+ " entity_type VARCHAR(16) NOT NULL, entity_id BIGINT NOT NULL, entity_name VARCHAR(400),"
					+ " signalled BOOLEAN NOT NULL, needs_update BOOLEAN NOT NULL,"
					+ " PRIMARY KEY (status, entity_type, entity_id))");
			statement.execute("CREATE INDEX IF NOT EXISTS saint_status_value_entity"
					+ " ON saint_status_value (entity_type, entity_id)");
			statement.execute("CREATE TABLE IF NOT EXISTS saint_counter_value (entity_type VARCHAR(16) NOT NULL,"
					+ " entity_id BIGINT NOT NULL, counter VARCHAR(1000) NOT NULL, counter_value NUMERIC(38, 6),"
					+ " PRIMARY KEY (entity_type, entity_id, counter))");
			statement.execute("CREATE TABLE IF NOT EXISTS saint_pending_update (entity_type VARCHAR(16) NOT NULL,"
					+ " entity_id BIGINT NOT NULL, PRIMARY KEY (entity_type, entity_id))");
			statement.execute("CREATE TABLE IF NOT EXISTS saint_lock (id INT PRIMARY KEY)");
			statement.execute("CREATE TABLE IF NOT EXISTS saint_setting (name VARCHAR(100) PRIMARY KEY,"
					+ " setting_value VARCHAR(4000))");
			connection.commit();
		}
	}

	/**
	 * Replaces the stored values of {@code statuses} (all statuses of the rule
	 * set, or the one being regenerated) with {@code results} in one transaction.
	 * On a full regeneration ({@code full} true) statuses that are no longer in
	 * the rules are removed too. Waits for a regeneration of another client on
	 * the same database to finish first.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled; nothing is written then
	 */
	public GenerationSummary writeGeneration(LocalDate asOf, List<StatusDefinition> statuses,
			Map<EntityType, List<Measure>> measures, List<EntityResult> results, boolean full, IProgressMonitor monitor)
			throws SQLException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		try (Connection connection = open()) {
			try {
				lockRegeneration(connection, progress.split(5));
				deleteGeneration(connection, statuses, measures, full);
				progress.split(5);
				insertCounters(connection, measures, results, progress.split(45));
				Map<String, Integer> matches = insertStatusValues(connection, statuses, results, progress.split(45));
				insertStatuses(connection, asOf, statuses, matches);
				notifyChange(connection, new StatusChange(true, Set.of()));
				connection.commit();
				return new GenerationSummary(asOf, results.size(), matches);
			} catch (SQLException | RuntimeException | Error e) {
				connection.rollback();
				throw e;
			}
		}
	}

	/**
	 * Serialises regenerations of one database: a transaction-scoped advisory
	 * lock on PostgreSQL, a row lock on H2. Either is released on commit or rollback.
	 */
	private void lockRegeneration(Connection connection, SubMonitor monitor) throws SQLException {
		if (settings.isPostgreSql()) {
			String key = "hashtext('saint.regeneration.' || current_schema())";
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("SELECT pg_try_advisory_xact_lock(" + key + ")")) {
				result.next();
				if (result.getBoolean(1)) {
					return;
				}
			}
			monitor.subTask(EngineMessages.Regeneration_waiting);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_advisory_xact_lock(" + key + ")");
			}
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("MERGE INTO saint_lock KEY (id) VALUES (1)");
			monitor.subTask(EngineMessages.Regeneration_waiting);
			statement.executeQuery("SELECT id FROM saint_lock WHERE id = 1 FOR UPDATE").close();
		}
	}

	private void deleteGeneration(Connection connection, List<StatusDefinition> statuses,
			Map<EntityType, List<Measure>> measures, boolean full) throws SQLException {
		if (full) {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("DELETE FROM saint_status_value");
				statement.executeUpdate("DELETE FROM saint_status");
				statement.executeUpdate("DELETE FROM saint_counter_value");
				statement.executeUpdate("DELETE FROM saint_pending_update");
			}
			return;
		}
		try (PreparedStatement values = connection.prepareStatement("DELETE FROM saint_status_value WHERE status = ?");
				PreparedStatement status = connection.prepareStatement("DELETE FROM saint_status WHERE name = ?")) {
			for (StatusDefinition definition : statuses) {
				values.setString(1, definition.name());
				values.executeUpdate();
				status.setString(1, definition.name());
				status.executeUpdate();
			}
		}
		try (PreparedStatement counters = connection
				.prepareStatement("DELETE FROM saint_counter_value WHERE entity_type = ? AND counter = ?")) {
			for (Map.Entry<EntityType, List<Measure>> entry : measures.entrySet()) {
				for (Measure measure : entry.getValue()) {
					counters.setString(1, typeName(entry.getKey()));
					counters.setString(2, RulesSyntax.measure(measure));
					counters.executeUpdate();
				}
			}
		}
	}

	private void insertCounters(Connection connection, Map<EntityType, List<Measure>> measures,
			List<EntityResult> results, SubMonitor monitor) throws SQLException {
		monitor.setWorkRemaining(results.size());
		monitor.subTask(EngineMessages.Regeneration_writingCounters);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO saint_counter_value"
				+ " (entity_type, entity_id, counter, counter_value) VALUES (?, ?, ?, ?)")) {
			int pending = 0;
			for (EntityResult result : results) {
				for (Measure measure : measures.getOrDefault(result.key().type(), List.of())) {
					bindCounter(insert, result, measure);
					insert.addBatch();
					pending++;
				}
				if (pending >= BATCH_SIZE) {
					insert.executeBatch();
					pending = 0;
				}
				monitor.split(1);
			}
			insert.executeBatch();
		}
	}

	private static void bindCounter(PreparedStatement insert, EntityResult result, Measure measure) throws SQLException {
		CounterValue value = result.counters().get(measure);
		insert.setString(1, typeName(result.key().type()));
		insert.setLong(2, result.key().id());
		insert.setString(3, RulesSyntax.measure(measure));
		insert.setBigDecimal(4, value == null || value.isInfinite() ? null : value.number());
	}

	private Map<String, Integer> insertStatusValues(Connection connection, List<StatusDefinition> statuses,
			List<EntityResult> results, SubMonitor monitor) throws SQLException {
		monitor.setWorkRemaining(results.size());
		monitor.subTask(EngineMessages.Regeneration_writingStatuses);
		Map<String, Integer> matches = new LinkedHashMap<>();
		statuses.forEach(status -> matches.put(status.name(), 0));
		try (PreparedStatement insert = connection.prepareStatement(INSERT_STATUS_VALUE)) {
			int pending = 0;
			for (EntityResult result : results) {
				pending += bindStatusValues(insert, statuses, result, matches);
				if (pending >= BATCH_SIZE) {
					insert.executeBatch();
					pending = 0;
				}
				monitor.split(1);
			}
			insert.executeBatch();
		}
		return matches;
	}

	private static final String INSERT_STATUS_VALUE = "INSERT INTO saint_status_value"
			+ " (status, entity_type, entity_id, entity_name, signalled, needs_update) VALUES (?, ?, ?, ?, ?, FALSE)";

	/** Adds one row per status of the entity's type to the batch and returns the number of rows added. */
	private static int bindStatusValues(PreparedStatement insert, List<StatusDefinition> statuses, EntityResult result,
			Map<String, Integer> matches) throws SQLException {
		int rows = 0;
		for (StatusDefinition status : statuses) {
			if (status.entityType() != result.key().type()) {
				continue;
			}
			boolean signalled = result.has(status.name());
			insert.setString(1, status.name());
			insert.setString(2, typeName(result.key().type()));
			insert.setLong(3, result.key().id());
			insert.setString(4, result.name());
			insert.setBoolean(5, signalled);
			insert.addBatch();
			rows++;
			if (signalled && matches != null) {
				matches.merge(status.name(), 1, Integer::sum);
			}
		}
		return rows;
	}

	private void insertStatuses(Connection connection, LocalDate asOf, List<StatusDefinition> statuses,
			Map<String, Integer> matches) throws SQLException {
		Timestamp now = Timestamp.from(Instant.now());
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO saint_status"
				+ " (name, entity_type, rank_order, as_of, last_generated, matches) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (StatusDefinition status : statuses) {
				insert.setString(1, status.name());
				insert.setString(2, typeName(status.entityType()));
				insert.setInt(3, status.rank());
				insert.setObject(4, asOf);
				insert.setTimestamp(5, now);
				insert.setInt(6, matches.getOrDefault(status.name(), 0));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/**
	 * Replaces the values of the given entities in one transaction: the
	 * results of entities that exist, and nothing for {@code deleted} ones.
	 * Clears their pending updates and adjusts the matches of their statuses.
	 */
	public void writeEntities(List<StatusDefinition> statuses, Map<EntityType, List<Measure>> measures,
			List<EntityResult> results, Collection<EntityKey> deleted) throws SQLException {
		Set<EntityKey> keys = new LinkedHashSet<>(deleted);
		results.forEach(result -> keys.add(result.key()));
		try (Connection connection = open()) {
			try {
				Map<String, Integer> delta = signalledCounts(connection, keys, -1);
				deleteEntities(connection, keys);
				insertCounters(connection, measures, results, SubMonitor.convert(null));
				try (PreparedStatement insert = connection.prepareStatement(INSERT_STATUS_VALUE)) {
					for (EntityResult result : results) {
						bindStatusValues(insert, statuses, result, null);
					}
					insert.executeBatch();
				}
				for (EntityResult result : results) {
					result.statuses().forEach(status -> delta.merge(status.name(), 1, Integer::sum));
				}
				adjustMatches(connection, delta);
				notifyChange(connection, new StatusChange(false, keys));
				connection.commit();
			} catch (SQLException | RuntimeException | Error e) {
				connection.rollback();
				throw e;
			}
		}
	}

	private static void deleteEntities(Connection connection, Collection<EntityKey> keys) throws SQLException {
		String[] tables = { "saint_status_value", "saint_counter_value", "saint_pending_update" };
		for (String table : tables) {
			try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM " + table + " WHERE entity_type = ? AND entity_id = ?")) {
				for (EntityKey key : keys) {
					delete.setString(1, typeName(key.type()));
					delete.setLong(2, key.id());
					delete.addBatch();
				}
				delete.executeBatch();
			}
		}
	}

	/** Returns, per status, {@code sign} times the number of the given entities for which it is signalled now. */
	private static Map<String, Integer> signalledCounts(Connection connection, Collection<EntityKey> keys, int sign)
			throws SQLException {
		Map<String, Integer> counts = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT status FROM saint_status_value"
				+ " WHERE entity_type = ? AND entity_id = ? AND signalled")) {
			for (EntityKey key : keys) {
				query.setString(1, typeName(key.type()));
				query.setLong(2, key.id());
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						counts.merge(rows.getString(1), sign, Integer::sum);
					}
				}
			}
		}
		return counts;
	}

	/** Adds the changes in matches per status, so that an update touches no other entity's rows. */
	private static void adjustMatches(Connection connection, Map<String, Integer> delta) throws SQLException {
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE saint_status SET matches = matches + ? WHERE name = ?")) {
			for (Map.Entry<String, Integer> entry : delta.entrySet()) {
				if (entry.getValue() != 0) {
					update.setInt(1, entry.getValue());
					update.setString(2, entry.getKey());
					update.addBatch();
				}
			}
			update.executeBatch();
		}
	}

	/** Records that the given entities changed and their status values are out of date (batch mode). */
	public void markNeedsUpdate(Collection<EntityKey> keys) throws SQLException {
		try (Connection connection = open()) {
			try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM saint_pending_update WHERE entity_type = ? AND entity_id = ?");
					PreparedStatement insert = connection
							.prepareStatement("INSERT INTO saint_pending_update (entity_type, entity_id) VALUES (?, ?)");
					PreparedStatement flag = connection.prepareStatement(
							"UPDATE saint_status_value SET needs_update = TRUE WHERE entity_type = ? AND entity_id = ?")) {
				for (EntityKey key : keys) {
					for (PreparedStatement statement : List.of(delete, insert, flag)) {
						statement.setString(1, typeName(key.type()));
						statement.setLong(2, key.id());
						statement.executeUpdate();
					}
				}
				connection.commit();
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		}
	}

	/** Returns the entities marked as needing update, in the order of type and id. */
	public List<EntityKey> pendingUpdates() throws SQLException {
		List<EntityKey> keys = new ArrayList<>();
		try (Connection connection = open(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT entity_type, entity_id FROM saint_pending_update ORDER BY entity_type, entity_id")) {
			while (rows.next()) {
				keys.add(new EntityKey(entityType(rows.getString(1)), rows.getLong(2)));
			}
		}
		return keys;
	}

	/**
	 * Returns the signalled status values, lowest rank first, then by status
	 * name and entity name. {@code statusName} and {@code type} narrow the list when not null.
	 */
	public List<StatusRow> signalledStatuses(String statusName, EntityType type) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT v.status, v.entity_type, v.entity_id, v.entity_name, s.rank_order"
				+ " FROM saint_status_value v JOIN saint_status s ON s.name = v.status WHERE v.signalled");
		List<String> parameters = new ArrayList<>();
		if (statusName != null) {
			sql.append(" AND v.status = ?");
			parameters.add(statusName);
		}
		if (type != null) {
			sql.append(" AND v.entity_type = ?");
			parameters.add(typeName(type));
		}
		sql.append(" ORDER BY s.rank_order, v.status, v.entity_name, v.entity_id");
		List<StatusRow> rows = new ArrayList<>();
		try (Connection connection = open(); PreparedStatement query = connection.prepareStatement(sql.toString())) {
			for (int i = 0; i < parameters.size(); i++) {
				query.setString(i + 1, parameters.get(i));
			}
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					EntityKey key = new EntityKey(entityType(result.getString(2)), result.getLong(3));
					rows.add(new StatusRow(result.getString(1), key, result.getString(4), result.getInt(5)));
				}
			}
		}
		return rows;
	}

	/** Returns the number of matches stored per status, in rank order. */
	public Map<String, Integer> matchesPerStatus() throws SQLException {
		Map<String, Integer> matches = new LinkedHashMap<>();
		try (Connection connection = open(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT name, matches FROM saint_status ORDER BY rank_order, name")) {
			while (rows.next()) {
				matches.put(rows.getString(1), rows.getInt(2));
			}
		}
		return matches;
	}

	/** Returns the as-of date of the last generation, or null before the first one. */
	public LocalDate lastAsOf() throws SQLException {
		try (Connection connection = open(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT MAX(as_of) FROM saint_status")) {
			rows.next();
			return rows.getObject(1, LocalDate.class);
		}
	}

	/** Stores a setting of the status tables, such as the rules file of the last regeneration. */
	public void putSetting(String name, String value) throws SQLException {
		try (Connection connection = open();
				PreparedStatement delete = connection.prepareStatement("DELETE FROM saint_setting WHERE name = ?");
				PreparedStatement insert = connection
						.prepareStatement("INSERT INTO saint_setting (name, setting_value) VALUES (?, ?)")) {
			delete.setString(1, name);
			delete.executeUpdate();
			insert.setString(1, name);
			insert.setString(2, value);
			insert.executeUpdate();
			connection.commit();
		}
	}

	/** Returns a setting stored by {@link #putSetting}, or null. */
	public String setting(String name) throws SQLException {
		try (Connection connection = open();
				PreparedStatement query = connection.prepareStatement("SELECT setting_value FROM saint_setting WHERE name = ?")) {
			query.setString(1, name);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() ? rows.getString(1) : null;
			}
		}
	}

	/** Returns the stored counter values of one entity, keyed by the counter's text in rules syntax. */
	public Map<String, CounterValue> counters(EntityKey key) throws SQLException {
		Map<String, CounterValue> counters = new HashMap<>();
		try (Connection connection = open(); PreparedStatement query = connection.prepareStatement(
				"SELECT counter, counter_value FROM saint_counter_value WHERE entity_type = ? AND entity_id = ?")) {
			query.setString(1, typeName(key.type()));
			query.setLong(2, key.id());
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					BigDecimal value = rows.getBigDecimal(2);
					counters.put(rows.getString(1), value == null ? CounterValue.INFINITE : CounterValue.of(value));
				}
			}
		}
		return counters;
	}

	/** Sends a notification to the listeners of other clients; delivered by PostgreSQL on commit. */
	private void notifyChange(Connection connection, StatusChange change) throws SQLException {
		if (!settings.isPostgreSql()) {
			return;
		}
		try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
			notify.setString(1, StatusListener.channel(connection));
			notify.setString(2, payload(change));
			notify.executeQuery().close();
		}
	}

	/** Writes a change as {@code *} (every entity) or {@code company:12,person:4}. */
	static String payload(StatusChange change) {
		if (change.all() || change.keys().size() > MAX_NOTIFY_KEYS) {
			return "*";
		}
		return change.keys().stream().map(key -> typeName(key.type()) + ":" + key.id()).collect(Collectors.joining(","));
	}

	static StatusChange parsePayload(String payload) {
		if (payload == null || payload.equals("*") || payload.isEmpty()) {
			return new StatusChange(true, Set.of());
		}
		Set<EntityKey> keys = new LinkedHashSet<>();
		for (String item : payload.split(",")) {
			int colon = item.indexOf(':');
			keys.add(new EntityKey(entityType(item.substring(0, colon)), Long.parseLong(item.substring(colon + 1))));
		}
		return new StatusChange(false, keys);
	}

	/** Returns the type as stored in the tables: {@code company}, {@code person} or {@code project}. */
	public static String typeName(EntityType type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

	public static EntityType entityType(String name) {
		return EntityType.valueOf(name.toUpperCase(Locale.ROOT));
	}

	static String format(String pattern, Object... arguments) {
		return NLS.bind(pattern, arguments);
	}
}
