package no.saint.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.saint.model.crm.CrmObject;
import no.saint.model.crm.Entity;
import no.saint.model.crm.StaticSelection;
import no.saint.store.StoreException;

/**
 * Creates model objects from rows. Referenced objects are loaded on demand
 * and kept in an identity map, so that within one load every row becomes
 * exactly one object.
 */
final class ObjectLoader implements Column.Resolver {

	private final Connection connection;
	private final Map<Table<?>, Map<Long, CrmObject>> loaded = new HashMap<>();

	ObjectLoader(Connection connection) {
		this.connection = connection;
	}

	@Override
	public <R extends CrmObject> R resolve(Class<R> type, long id) {
		Table<R> table = Tables.of(type);
		CrmObject known = loaded(table).get(id);
		if (known != null) {
			return type.cast(known);
		}
		try {
			List<R> rows = query(table, " WHERE t.id = ?", List.of(id));
			if (rows.isEmpty()) {
				throw new StoreException("Row " + id + " of table " + table.name + " is referenced but missing");
			}
			return rows.get(0);
		} catch (SQLException e) {
			throw new StoreException("Reading row " + id + " of table " + table.name + " failed: " + e.getMessage(),
					e);
		}
	}

	/** Runs {@link Table#selectSql()} with {@code clause} appended and returns the objects of the rows. */
	<T extends CrmObject> List<T> query(Table<T> table, String clause, List<Object> parameters) throws SQLException {
		List<T> objects = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(table.selectSql() + clause)) {
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					objects.add(read(table, rows));
				}
			}
		}
		for (T object : objects) {
			if (object instanceof StaticSelection selection) {
				readMembers(selection);
			}
		}
		return objects;
	}

	private <T extends CrmObject> T read(Table<T> table, ResultSet row) throws SQLException {
		long id = row.getLong(1);
		CrmObject known = loaded(table).get(id);
		if (known != null) {
			return table.type.cast(known);
		}
		T object = table.factory.create(row);
		object.setId(id);
		object.setExternalId(row.getString(2));
		loaded(table).put(id, object);
		for (int i = 0; i < table.columns.size(); i++) {
			table.columns.get(i).read(object, row, i + 3, this);
		}
		return object;
	}

	private void readMembers(StaticSelection selection) throws SQLException {
		if (!selection.getMembers().isEmpty()) {
			return;
		}
		Class<? extends Entity> memberClass = Tables.of(selection.getMemberType()).type;
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT member_id FROM selection_member WHERE selection_id = ? ORDER BY member_position")) {
			statement.setLong(1, selection.getId());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		for (long id : ids) {
			selection.getMembers().add(resolve(memberClass, id));
		}
	}

	private Map<Long, CrmObject> loaded(Table<?> table) {
		return loaded.computeIfAbsent(table, key -> new HashMap<>());
	}
}
