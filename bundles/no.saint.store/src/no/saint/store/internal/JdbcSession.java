package no.saint.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.saint.model.crm.CrmObject;
import no.saint.model.crm.Entity;
import no.saint.model.crm.StaticSelection;
import no.saint.store.CrmSession;
import no.saint.store.NameKeys;
import no.saint.store.StoreException;

/** One transaction of a {@link JdbcCrmStore}: writes with batched prepared statements. */
final class JdbcSession implements CrmSession {

	/** Rows per JDBC batch. */
	static final int BATCH_SIZE = 1000;

	private final Connection connection;
	private final IdAllocator ids;
	private final ChangeCollector changes;
	/** Objects that got their id in this transaction; their ids return to 0 on rollback. */
	private final List<CrmObject> assigned = new ArrayList<>();

	JdbcSession(Connection connection, IdAllocator ids, ChangeCollector changes) {
		this.connection = connection;
		this.ids = ids;
		this.changes = changes;
	}

	@Override
	public <T extends CrmObject> T save(T object) {
		saveAll(List.of(object));
		return object;
	}

	@Override
	public void saveAll(Collection<? extends CrmObject> objects) {
		Map<Table<?>, List<CrmObject>> byTable = new LinkedHashMap<>();
		for (Table<?> table : Tables.ALL) {
			byTable.put(table, new ArrayList<>());
		}
		Map<CrmObject, Boolean> isNew = new IdentityHashMap<>();
		for (CrmObject object : objects) {
			byTable.get(Tables.of(object.getClass())).add(object);
			isNew.put(object, object.getId() == 0);
		}

		try {
			assignIds(objects);
			for (Map.Entry<Table<?>, List<CrmObject>> entry : byTable.entrySet()) {
				if (!entry.getValue().isEmpty()) {
					write(entry.getKey(), entry.getValue(), isNew);
				}
			}
		} catch (SQLException e) {
			throw new StoreException("Saving failed: " + e.getMessage(), e);
		}
	}

	private void assignIds(Collection<? extends CrmObject> objects) throws SQLException {
		for (CrmObject object : objects) {
			if (object.getId() == 0) {
				object.setId(ids.next(connection));
				assigned.add(object);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private <T extends CrmObject> void write(Table<T> table, List<CrmObject> objects, Map<CrmObject, Boolean> isNew)
			throws SQLException {
		List<T> inserts = new ArrayList<>();
		List<T> updates = new ArrayList<>();
		for (CrmObject object : objects) {
			(isNew.get(object) ? inserts : updates).add((T) object);
		}

		changes.noteStored(connection, table, updates.stream().map(CrmObject::getId).toList());
		for (T object : objects.stream().map(object -> (T) object).toList()) {
			changes.noteNew(object);
		}

		if (!inserts.isEmpty()) {
			executeBatches(table, table.insertSql(), inserts, false);
		}
		if (!updates.isEmpty()) {
			executeBatches(table, table.updateSql(), updates, true);
		}
		if (table == Tables.SELECTION) {
			writeMembers(objects);
		}
	}

	private <T extends CrmObject> void executeBatches(Table<T> table, String sql, List<T> objects, boolean update)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int start = 0; start < objects.size(); start += BATCH_SIZE) {
				List<T> batch = objects.subList(start, Math.min(objects.size(), start + BATCH_SIZE));
				for (T object : batch) {
					bind(table, object, statement, update);
					statement.addBatch();
				}
				int[] counts = statement.executeBatch();
				if (update) {
					checkUpdated(table, batch, counts);
				}
			}
		}
	}

	private static <T extends CrmObject> void bind(Table<T> table, T object, PreparedStatement statement,
			boolean update) throws SQLException {
		int index = 1;
		if (!update) {
			statement.setLong(index++, object.getId());
		}
		statement.setString(index++, object.getExternalId());
		if (table.hasNameKey()) {
			String name = table.nameOf.apply(object);
			if (name == null || name.isBlank()) {
				throw new StoreException(object.eClass().getName() + " " + Column.describe(object)
						+ " has no name; every " + object.eClass().getName() + " needs one");
			}
			statement.setString(index++, NameKeys.of(name));
		}
		for (Column<T> column : table.columns) {
			column.bind(object, statement, index++);
		}
		if (update) {
			statement.setLong(index, object.getId());
		}
	}

	private static <T extends CrmObject> void checkUpdated(Table<T> table, List<T> batch, int[] counts) {
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 0) {
				throw new StoreException("Cannot update " + table.type.getSimpleName() + " "
						+ Column.describe(batch.get(i)) + ": no row of table " + table.name + " has id "
						+ batch.get(i).getId());
			}
		}
	}

	private void writeMembers(List<CrmObject> selections) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement(
				"DELETE FROM selection_member WHERE selection_id = ?");
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO selection_member (selection_id, member_position, member_id) VALUES (?, ?, ?)")) {
			for (CrmObject object : selections) {
				delete.setLong(1, object.getId());
				delete.executeUpdate();
				if (object instanceof StaticSelection selection) {
					int position = 0;
					for (Entity member : selection.getMembers()) {
						if (member.getId() == 0) {
							throw new StoreException("Selection '" + selection.getName() + "' has a member that is "
									+ "not stored (" + Column.describe(member) + "). Save it first.");
						}
						insert.setLong(1, selection.getId());
						insert.setInt(2, position++);
						insert.setLong(3, member.getId());
						insert.addBatch();
					}
				}
			}
			insert.executeBatch();
		}
	}

	@Override
	public void delete(CrmObject object) {
		Table<?> table = Tables.of(object.getClass());
		if (object.getId() == 0) {
			throw new StoreException("Cannot delete " + object.eClass().getName() + " " + Column.describe(object)
					+ ": it is not stored");
		}
		try {
			changes.noteStored(connection, table, List.of(object.getId()));
			if (object instanceof Entity) {
				try (PreparedStatement members = connection.prepareStatement(
						"DELETE FROM selection_member WHERE member_id = ?")) {
					members.setLong(1, object.getId());
					members.executeUpdate();
				}
			}
			try (PreparedStatement statement = connection.prepareStatement(
					"DELETE FROM " + table.name + " WHERE id = ?")) {
				statement.setLong(1, object.getId());
				statement.executeUpdate();
			}
		} catch (SQLException e) {
			throw new StoreException("Deleting " + object.eClass().getName() + " " + Column.describe(object)
					+ " failed: " + e.getMessage(), e);
		}
	}

	@Override
	public <T extends CrmObject> Optional<T> find(Class<T> type, long id) {
		try {
			Table<T> table = Tables.of(type);
			List<T> found = new ObjectLoader(connection).query(table, " WHERE t.id = ?", List.of(id));
			return found.stream().filter(type::isInstance).findFirst();
		} catch (SQLException e) {
			throw new StoreException("Reading " + type.getSimpleName() + " " + id + " failed: " + e.getMessage(), e);
		}
	}

	@Override
	public <T extends CrmObject> List<T> loadAll(Class<T> type) {
		try {
			return new ObjectLoader(connection).query(Tables.of(type), " ORDER BY t.id", List.of()).stream()
					.filter(type::isInstance).map(type::cast).toList();
		} catch (SQLException e) {
			throw new StoreException("Reading " + type.getSimpleName() + " failed: " + e.getMessage(), e);
		}
	}

	@Override
	public Map<String, Long> externalIds(Class<? extends CrmObject> type) {
		Table<?> table = Tables.of(type);
		Map<String, Long> result = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT external_id, id FROM " + table.name + " WHERE external_id IS NOT NULL");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				result.put(rows.getString(1), rows.getLong(2));
			}
		} catch (SQLException e) {
			throw new StoreException("Reading the external ids of table " + table.name + " failed: "
					+ e.getMessage(), e);
		}
		return result;
	}

	/** Sets the ids given in this transaction back to 0, after a rollback. */
	void resetAssignedIds() {
		for (CrmObject object : assigned) {
			object.setId(0);
		}
	}
}
