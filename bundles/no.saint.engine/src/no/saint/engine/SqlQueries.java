package no.saint.engine;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.Source;
import no.saint.evaluation.Window;

/**
 * Builds the SQL of {@link SqlCounting} over the CRM tables of the store. The
 * text holds only table and column names and {@code ?} placeholders; every
 * value from the rules goes into the parameter list.
 */
final class SqlQueries {

	/** A statement and the values of its placeholders, in order. */
	record Query(String text, List<Object> parameters) {

		void bind(PreparedStatement statement) throws SQLException {
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
		}
	}

	private SqlQueries() {
	}

	static String table(EntityType type) {
		return StatusDatabase.typeName(type);
	}

	/** Returns the fields that {@link #entities} selects after the id, by their name below the entity's path. */
	static List<String> fieldNames(EntityType type) {
		return switch (type) {
		case COMPANY -> List.of("name", "owner", "category", "business", "country", "postcode");
		case PERSON -> List.of("name", "owner", "company.name", "company.category", "position");
		case PROJECT -> List.of("name", "owner", "status", "type");
		};
	}

	static String entities(EntityType type) {
		return switch (type) {
		case COMPANY -> "SELECT e.id, e.name, o.name, c.name, e.business, e.country, e.postcode FROM company e"
				+ " LEFT JOIN associate o ON o.id = e.owner_id LEFT JOIN list_value c ON c.id = e.category_id ORDER BY e.id";
		case PERSON -> "SELECT e.id, e.name, o.name, co.name, c.name, e.position FROM person e"
				+ " LEFT JOIN associate o ON o.id = e.owner_id LEFT JOIN company co ON co.id = e.company_id"
				+ " LEFT JOIN list_value c ON c.id = co.category_id ORDER BY e.id";
		case PROJECT -> "SELECT e.id, e.name, o.name, e.status, t.name FROM project e"
				+ " LEFT JOIN associate o ON o.id = e.owner_id LEFT JOIN list_value t ON t.id = e.type_id ORDER BY e.id";
		};
	}

	/**
	 * Returns a query of {@code (entity_id, value)} rows for the entities that
	 * have matching records; the others get {@link SqlCounting#emptyValue}.
	 */
	static Query counter(EntityType type, Measure measure, LocalDate asOf) {
		List<Object> parameters = new ArrayList<>();
		String records = records(type, measure.source());
		StringBuilder where = new StringBuilder(filter(measure.filter(), parameters));
		String aggregate = switch (measure) {
		case Measure.Count count -> {
			where.append(window(count.window(), asOf, parameters));
			yield "COUNT(*)";
		}
		case Measure.SumAmount sum -> {
			where.append(window(sum.window(), asOf, parameters)).append(" AND x.amount IS NOT NULL");
			yield "SUM(x.amount)";
		}
		case Measure.DaysSinceLast since -> {
			where.append(" AND x.record_date <= ?");
			parameters.add(asOf);
			yield "MAX(x.record_date)";
		}
		case Measure.DaysUntilNext until -> {
			where.append(" AND x.record_date > ?");
			parameters.add(asOf);
			yield "MIN(x.record_date)";
		}
		};
		String text = "SELECT x.entity_id, " + aggregate + " FROM (" + records + ") x WHERE " + where
				+ " GROUP BY x.entity_id";
		return new Query(text, parameters);
	}

	/**
	 * Selects the records of every entity with the entity's id. A company's
	 * records are those linked to it and those linked to its persons but to
	 * no or another company, so that a record counts once per company, as in
	 * the store's bulk reader.
	 */
	static String records(EntityType type, Source source) {
		String table = switch (source) {
		case ACTIVITIES -> "activity";
		case SALES -> "sale";
		case REQUESTS -> "request";
		};
		String columns = switch (source) {
		case ACTIVITIES -> "r.record_date, r.type, r.direction, v.name AS intent, r.completed,"
				+ " CAST(NULL AS VARCHAR(20)) AS status, CAST(NULL AS NUMERIC(19,2)) AS amount,"
				+ " CAST(NULL AS VARCHAR(200)) AS category, CAST(NULL AS VARCHAR(50)) AS priority";
		case SALES -> "r.record_date, CAST(NULL AS VARCHAR(20)) AS type, CAST(NULL AS VARCHAR(20)) AS direction,"
				+ " CAST(NULL AS VARCHAR(200)) AS intent, FALSE AS completed, r.status, r.amount,"
				+ " CAST(NULL AS VARCHAR(200)) AS category, CAST(NULL AS VARCHAR(50)) AS priority";
		case REQUESTS -> "r.record_date, CAST(NULL AS VARCHAR(20)) AS type, CAST(NULL AS VARCHAR(20)) AS direction,"
				+ " CAST(NULL AS VARCHAR(200)) AS intent, FALSE AS completed, r.status,"
				+ " CAST(NULL AS NUMERIC(19,2)) AS amount, v.name AS category, r.priority";
		};
		String join = switch (source) {
		case ACTIVITIES -> " LEFT JOIN list_value v ON v.id = r.intent_id";
		case SALES -> "";
		case REQUESTS -> " LEFT JOIN list_value v ON v.id = r.category_id";
		};
		String select = "SELECT %s AS entity_id, " + columns + " FROM " + table + " r" + join;
		return switch (type) {
		case COMPANY -> String.format(select, "r.company_id") + " WHERE r.company_id IS NOT NULL UNION ALL "
				+ String.format(select, "p.company_id") + " JOIN person p ON p.id = r.person_id"
				+ " WHERE p.company_id IS NOT NULL AND (r.company_id IS NULL OR r.company_id <> p.company_id)";
		case PERSON -> String.format(select, "r.person_id") + " WHERE r.person_id IS NOT NULL";
		case PROJECT -> source == Source.REQUESTS ? String.format(select, "CAST(NULL AS BIGINT)") + " WHERE 1 = 0"
				: String.format(select, "r.project_id") + " WHERE r.project_id IS NOT NULL";
		};
	}

	/**
	 * Returns {@code filter} as a condition that is never NULL, so that
	 * {@code NOT} in SQL inverts exactly as {@link RecordFilters} does.
	 */
	static String filter(Filter filter, List<Object> parameters) {
		return switch (filter) {
		case Filter.Any any -> "1 = 1";
		case Filter.And and -> "(" + filter(and.left(), parameters) + " AND " + filter(and.right(), parameters) + ")";
		case Filter.Or or -> "(" + filter(or.left(), parameters) + " OR " + filter(or.right(), parameters) + ")";
		case Filter.Not not -> "NOT (" + filter(not.operand(), parameters) + ")";
		case Filter.Completed completed -> "(x.completed = TRUE)";
		case Filter.FieldIn fieldIn -> fieldIn(fieldIn, parameters);
		case Filter.AmountCompare compare -> {
			parameters.add(compare.amount());
			yield "(x.amount IS NOT NULL AND x.amount " + compare.operator().symbol().replace("!=", "<>") + " ?)";
		}
		case Filter.InAmountClass inClass -> amountClass(inClass, parameters);
		};
	}

	private static String fieldIn(Filter.FieldIn fieldIn, List<Object> parameters) {
		String column = "x." + switch (fieldIn.field()) {
		case ACTIVITY_TYPE -> "type";
		case ACTIVITY_DIRECTION -> "direction";
		case ACTIVITY_INTENT -> "intent";
		case SALE_STATUS, REQUEST_STATUS -> "status";
		case REQUEST_CATEGORY -> "category";
		case REQUEST_PRIORITY -> "priority";
		};
		List<String> placeholders = new ArrayList<>();
		for (String value : fieldIn.values()) {
			parameters.add(value.toLowerCase(Locale.ROOT));
			placeholders.add("?");
		}
		String operator = fieldIn.negated() ? " NOT IN (" : " IN (";
		return "(" + column + " IS NOT NULL AND LOWER(" + column + ")" + operator + String.join(", ", placeholders) + "))";
	}

	private static String amountClass(Filter.InAmountClass inClass, List<Object> parameters) {
		StringBuilder condition = new StringBuilder("(x.amount IS NOT NULL");
		BigDecimal lower = inClass.amountClass().lower();
		BigDecimal upper = inClass.amountClass().upper();
		if (lower != null) {
			condition.append(" AND x.amount >= ?");
			parameters.add(lower);
		}
		if (upper != null) {
			condition.append(" AND x.amount < ?");
			parameters.add(upper);
		}
		return condition.append(')').toString();
	}

	/** Returns the window as {@code AND ...} bounds on the record date, or nothing for all time. */
	static String window(Window window, LocalDate asOf, List<Object> parameters) {
		return switch (window) {
		case Window.AllTime all -> "";
		case Window.Last last -> {
			parameters.add(last.start(asOf));
			parameters.add(asOf);
			yield " AND x.record_date > ? AND x.record_date <= ?";
		}
		case Window.Next next -> {
			parameters.add(asOf);
			parameters.add(next.end(asOf));
			yield " AND x.record_date > ? AND x.record_date <= ?";
		}
		};
	}
}
