package no.saint.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.saint.model.crm.ActivityType;
import no.saint.model.crm.Direction;
import no.saint.model.crm.EntityType;
import no.saint.model.crm.ProjectStatus;
import no.saint.model.crm.RequestStatus;
import no.saint.model.crm.SaleStatus;
import no.saint.store.EntityRecords;
import no.saint.store.EntityRecords.ActivityRow;
import no.saint.store.EntityRecords.Entity;
import no.saint.store.EntityRecords.RequestRow;
import no.saint.store.EntityRecords.SaleRow;

/**
 * Reads entities with their records as plain rows. Four queries, each ordered
 * by entity id, run side by side and are merged, so memory holds one entity
 * at a time however large the database is.
 */
final class BulkReader {

	private static final int FETCH_SIZE = 2000;

	private static final String ACTIVITY_COLUMNS = "r.id, r.type, r.direction, v.name, r.record_date, r.completed, "
			+ "r.company_id, r.person_id, r.project_id, r.owner_id";
	private static final String SALE_COLUMNS = "r.id, r.status, r.amount, r.record_date, r.company_id, r.person_id, "
			+ "r.project_id, r.owner_id";
	private static final String REQUEST_COLUMNS = "r.id, r.status, v.name, r.priority, r.record_date, r.company_id, "
			+ "r.person_id, r.owner_id";

	private final Connection connection;

	BulkReader(Connection connection) {
		this.connection = connection;
	}

	/** Streams every entity of {@code type} with its records; {@code entityId} null means all entities. */
	void read(EntityType type, Long entityId, Consumer<EntityRecords> consumer) throws SQLException {
		try (PreparedStatement entities = prepare(entitySql(type), entityId);
				PreparedStatement activities = prepare(recordSql(type, "activity", ACTIVITY_COLUMNS, "intent_id"),
						entityId);
				PreparedStatement sales = prepare(recordSql(type, "sale", SALE_COLUMNS, null), entityId);
				PreparedStatement requests = prepare(recordSql(type, "request", REQUEST_COLUMNS, "category_id"),
						entityId);
				ResultSet entityRows = entities.executeQuery();
				Cursor activityRows = new Cursor(activities.executeQuery());
				Cursor saleRows = new Cursor(sales.executeQuery());
				Cursor requestRows = new Cursor(requests.executeQuery())) {
			while (entityRows.next()) {
				Entity entity = readEntity(type, entityRows);
				List<ActivityRow> activityList = new ArrayList<>();
				while (activityRows.advanceTo(entity.id())) {
					activityList.add(readActivity(activityRows.rows));
				}
				List<SaleRow> saleList = new ArrayList<>();
				while (saleRows.advanceTo(entity.id())) {
					saleList.add(readSale(saleRows.rows));
				}
				List<RequestRow> requestList = new ArrayList<>();
				while (requestRows.advanceTo(entity.id())) {
					requestList.add(readRequest(requestRows.rows));
				}
				consumer.accept(new EntityRecords(entity, activityList, saleList, requestList));
			}
		}
	}

	private PreparedStatement prepare(String sql, Long entityId) throws SQLException {
		String filtered = entityId == null ? sql + " ORDER BY 1, 2"
				: "SELECT * FROM (" + sql + ") x WHERE x.entity_id = ? ORDER BY 1, 2";
		PreparedStatement statement = connection.prepareStatement(filtered);
		statement.setFetchSize(FETCH_SIZE);
		if (entityId != null) {
			statement.setLong(1, entityId);
		}
		return statement;
	}

	private static String entitySql(EntityType type) {
		return switch (type) {
		case COMPANY -> "SELECT e.id AS entity_id, e.name, e.id, NULL AS project_status, o.name AS owner_name, "
				+ "c.name AS category, e.business, e.country, e.postcode, NULL AS company_name, NULL AS position_title, "
				+ "NULL AS project_type FROM company e LEFT JOIN associate o ON o.id = e.owner_id "
				+ "LEFT JOIN list_value c ON c.id = e.category_id";
		case PERSON -> "SELECT e.id AS entity_id, e.name, e.company_id, NULL AS project_status, o.name AS owner_name, "
				+ "c.name AS category, NULL AS business, NULL AS country, NULL AS postcode, co.name AS company_name, "
				+ "e.position AS position_title, NULL AS project_type FROM person e "
				+ "LEFT JOIN associate o ON o.id = e.owner_id LEFT JOIN company co ON co.id = e.company_id "
				+ "LEFT JOIN list_value c ON c.id = co.category_id";
		case PROJECT -> "SELECT e.id AS entity_id, e.name, e.company_id, e.status AS project_status, "
				+ "o.name AS owner_name, NULL AS category, NULL AS business, NULL AS country, NULL AS postcode, "
				+ "NULL AS company_name, NULL AS position_title, t.name AS project_type FROM project e "
				+ "LEFT JOIN associate o ON o.id = e.owner_id LEFT JOIN list_value t ON t.id = e.type_id";
		};
	}

	/**
	 * Selects the records of every entity with the entity's id first. A
	 * company's records are those linked to it and those linked to its persons
	 * but to no or another company, so a record counts once per company.
	 */
	private static String recordSql(EntityType type, String table, String columns, String listColumn) {
		String join = listColumn == null ? "" : " LEFT JOIN list_value v ON v.id = r." + listColumn;
		String select = "SELECT %s AS entity_id, " + columns + " FROM " + table + " r" + join;
		return switch (type) {
		case COMPANY -> String.format(select, "r.company_id") + " WHERE r.company_id IS NOT NULL UNION ALL "
				+ String.format(select, "p.company_id") + " JOIN person p ON p.id = r.person_id "
				+ "WHERE p.company_id IS NOT NULL AND (r.company_id IS NULL OR r.company_id <> p.company_id)";
		case PERSON -> String.format(select, "r.person_id") + " WHERE r.person_id IS NOT NULL";
		case PROJECT -> table.equals("request") ? String.format(select, "CAST(NULL AS BIGINT)") + " WHERE 1 = 0"
				: String.format(select, "r.project_id") + " WHERE r.project_id IS NOT NULL";
		};
	}

	private static Entity readEntity(EntityType type, ResultSet row) throws SQLException {
		long id = row.getLong("entity_id");
		Long companyId = type == EntityType.COMPANY ? Long.valueOf(id) : nullableLong(row, 3);
		String status = row.getString("project_status");
		Map<String, String> fields = new LinkedHashMap<>();
		put(fields, "name", row.getString("name"));
		put(fields, "owner", row.getString("owner_name"));
		switch (type) {
		case COMPANY -> {
			put(fields, "category", row.getString("category"));
			put(fields, "business", row.getString("business"));
			put(fields, "country", row.getString("country"));
			put(fields, "postcode", row.getString("postcode"));
		}
		case PERSON -> {
			put(fields, "company.name", row.getString("company_name"));
			put(fields, "company.category", row.getString("category"));
			put(fields, "position", row.getString("position_title"));
		}
		case PROJECT -> {
			put(fields, "status", status);
			put(fields, "type", row.getString("project_type"));
		}
		}
		return new Entity(type, id, row.getString("name"), companyId,
				status == null ? null : ProjectStatus.get(status), fields);
	}

	private static void put(Map<String, String> fields, String key, String value) {
		if (value != null) {
			fields.put(key, value);
		}
	}

	private static ActivityRow readActivity(ResultSet row) throws SQLException {
		return new ActivityRow(row.getLong(2), ActivityType.get(row.getString(3)), Direction.get(row.getString(4)),
				row.getString(5), row.getObject(6, LocalDate.class), row.getBoolean(7), nullableLong(row, 8),
				nullableLong(row, 9), nullableLong(row, 10), nullableLong(row, 11));
	}

	private static SaleRow readSale(ResultSet row) throws SQLException {
		return new SaleRow(row.getLong(2), SaleStatus.get(row.getString(3)), row.getBigDecimal(4),
				row.getObject(5, LocalDate.class), nullableLong(row, 6), nullableLong(row, 7), nullableLong(row, 8),
				nullableLong(row, 9));
	}

	private static RequestRow readRequest(ResultSet row) throws SQLException {
		return new RequestRow(row.getLong(2), RequestStatus.get(row.getString(3)), row.getString(4),
				row.getString(5), row.getObject(6, LocalDate.class), nullableLong(row, 7), nullableLong(row, 8),
				nullableLong(row, 9));
	}

	private static Long nullableLong(ResultSet row, int column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	/** A result set ordered by entity id, read ahead by one row. */
	private static final class Cursor implements AutoCloseable {

		final ResultSet rows;
		private boolean hasRow;
		/** Whether the caller has read the current row, so the next call moves past it. */
		private boolean consumed;

		Cursor(ResultSet rows) throws SQLException {
			this.rows = rows;
			this.hasRow = rows.next();
		}

		/**
		 * Skips rows of entities before {@code entityId} and returns true while
		 * the current row belongs to {@code entityId}; the caller reads that row
		 * before calling again.
		 */
		boolean advanceTo(long entityId) throws SQLException {
			if (consumed) {
				hasRow = rows.next();
				consumed = false;
			}
			while (hasRow && rows.getLong(1) < entityId) {
				hasRow = rows.next();
			}
			if (hasRow && rows.getLong(1) == entityId) {
				consumed = true;
				return true;
			}
			return false;
		}

		@Override
		public void close() throws SQLException {
			rows.close();
		}
	}
}
