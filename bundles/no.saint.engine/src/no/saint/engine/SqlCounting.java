package no.saint.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import no.saint.evaluation.EntityType;
import no.saint.evaluation.Measure;
import no.saint.store.DatabaseSettings;

/**
 * Counts in the database: one grouped query per counter over the CRM tables,
 * with every value bound as a parameter. Gives the same counter values as
 * {@link Evaluator#measure}; the statuses are then decided in memory from
 * those counters and the entities' fields.
 */
public final class SqlCounting implements CounterSource {

	private final DatabaseSettings settings;

	public SqlCounting(DatabaseSettings settings) {
		this.settings = settings;
	}

	@Override
	public int count(EntityType type) throws SQLException {
		try (Connection connection = settings.open();
				PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + SqlQueries.table(type));
				ResultSet result = query.executeQuery()) {
			result.next();
			return result.getInt(1);
		}
	}

	@Override
	public List<EntityResult> evaluate(Evaluator evaluator, EntityType type, IProgressMonitor monitor)
			throws SQLException {
		List<Measure> measures = evaluator.measures(type);
		SubMonitor progress = SubMonitor.convert(monitor, measures.size() + 1);
		List<EntityResult> results = new ArrayList<>();
		if (evaluator.statuses(type).isEmpty()) {
			return results;
		}
		try (Connection connection = settings.open()) {
			connection.setReadOnly(true);
			Map<Long, EntitySnapshot> entities = readEntities(connection, type);
			progress.worked(1);
			Map<Measure, Map<Long, CounterValue>> values = new HashMap<>();
			for (Measure measure : measures) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				values.put(measure, readCounter(connection, type, measure, evaluator.asOf()));
				progress.worked(1);
			}
			for (EntitySnapshot entity : entities.values()) {
				Map<Measure, CounterValue> counters = new LinkedHashMap<>();
				for (Measure measure : measures) {
					counters.put(measure, values.get(measure).getOrDefault(entity.key().id(), emptyValue(measure)));
				}
				results.add(evaluator.decide(entity, counters));
			}
		}
		return results;
	}

	/** Returns the value of a counter for an entity without matching records. */
	static CounterValue emptyValue(Measure measure) {
		return switch (measure) {
		case Measure.Count count -> CounterValue.of(0);
		case Measure.SumAmount sum -> CounterValue.of(0);
		case Measure.DaysSinceLast since -> CounterValue.INFINITE;
		case Measure.DaysUntilNext until -> CounterValue.INFINITE;
		};
	}

	private static Map<Long, EntitySnapshot> readEntities(Connection connection, EntityType type) throws SQLException {
		Map<Long, EntitySnapshot> entities = new LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement(SqlQueries.entities(type));
				ResultSet rows = query.executeQuery()) {
			String prefix = StatusDatabase.typeName(type) + ".";
			List<String> fieldNames = SqlQueries.fieldNames(type);
			while (rows.next()) {
				long id = rows.getLong(1);
				Map<String, String> fields = new HashMap<>();
				for (int i = 0; i < fieldNames.size(); i++) {
					String value = rows.getString(i + 2);
					if (value != null) {
						fields.put(prefix + fieldNames.get(i), value);
					}
				}
				String name = fields.get(prefix + "name");
				entities.put(id, new EntitySnapshot(new EntityKey(type, id), name, fields, List.of(), List.of(), List.of()));
			}
		}
		return entities;
	}

	private static Map<Long, CounterValue> readCounter(Connection connection, EntityType type, Measure measure,
			LocalDate asOf) throws SQLException {
		SqlQueries.Query sql = SqlQueries.counter(type, measure, asOf);
		Map<Long, CounterValue> values = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement(sql.text())) {
			sql.bind(query);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					values.put(rows.getLong(1), value(measure, rows, asOf));
				}
			}
		}
		return values;
	}

	private static CounterValue value(Measure measure, ResultSet rows, LocalDate asOf) throws SQLException {
		return switch (measure) {
		case Measure.Count count -> CounterValue.of(rows.getLong(2));
		case Measure.SumAmount sum -> CounterValue.of(rows.getBigDecimal(2));
		case Measure.DaysSinceLast since -> CounterValue.of(ChronoUnit.DAYS.between(rows.getObject(2, LocalDate.class), asOf));
		case Measure.DaysUntilNext until -> CounterValue.of(ChronoUnit.DAYS.between(asOf, rows.getObject(2, LocalDate.class)));
		};
	}
}
