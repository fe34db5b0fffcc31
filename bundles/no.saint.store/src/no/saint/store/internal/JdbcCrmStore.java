package no.saint.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.saint.model.crm.CrmObject;
import no.saint.model.crm.CrmRecord;
import no.saint.model.crm.EntityType;
import no.saint.model.crm.Request;
import no.saint.store.CrmChange;
import no.saint.store.CrmChangeListener;
import no.saint.store.CrmSession;
import no.saint.store.CrmStore;
import no.saint.store.DatabaseSettings;
import no.saint.store.EntityRecords;
import no.saint.store.NameKeys;
import no.saint.store.Page;
import no.saint.store.StoreException;

/**
 * The CRM store over JDBC. As a declarative service it connects to the
 * database of the component configuration (properties {@code url},
 * {@code user}, {@code password}), else of {@link DatabaseSettings#configured()};
 * {@link no.saint.store.CrmStores#open(DatabaseSettings)} creates one for a
 * given database.
 */
@Component(service = CrmStore.class, configurationPid = "no.saint.store")
public class JdbcCrmStore implements CrmStore {

	private final List<CrmChangeListener> listeners = new CopyOnWriteArrayList<>();
	private DatabaseSettings settings;
	private Dialect dialect;
	private ConnectionPool pool;
	private IdAllocator ids;
	private int schemaVersion;

	/** Connects to the database and applies missing migrations. */
	public void open(DatabaseSettings databaseSettings) {
		this.settings = databaseSettings;
		this.dialect = Dialect.of(databaseSettings);
		this.pool = new ConnectionPool(databaseSettings);
		this.ids = new IdAllocator(dialect);
		try {
			Connection connection = pool.take();
			try {
				schemaVersion = Migrations.migrate(connection, dialect, databaseSettings.url());
			} finally {
				pool.give(connection);
			}
		} catch (SQLException e) {
			pool.close();
			throw new StoreException("Cannot open the database " + databaseSettings.url() + ": " + e.getMessage()
					+ ". Check the URL, user and password, and that the database server is running.", e);
		}
	}

	@Activate
	void activate(Map<String, Object> properties) {
		Object url = properties.get("url");
		DatabaseSettings configured = url == null ? DatabaseSettings.configured()
				: new DatabaseSettings(url.toString(), (String) properties.get("user"),
						(String) properties.get("password"));
		open(configured);
		ILog.of(JdbcCrmStore.class).info("CRM store opened " + configured.url());
	}

	@Deactivate
	@Override
	public void close() {
		if (pool != null) {
			pool.close();
		}
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	@Override
	public void addChangeListener(CrmChangeListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(CrmChangeListener listener) {
		listeners.remove(listener);
	}

	@Override
	public DatabaseSettings settings() {
		return settings;
	}

	@Override
	public int schemaVersion() {
		return schemaVersion;
	}

	@Override
	public <R> R write(CrmSession.Work<R> work) {
		ChangeCollector changes = new ChangeCollector();
		R result;
		try {
			Connection connection = pool.take();
			JdbcSession session = new JdbcSession(connection, ids, changes);
			try {
				result = work.run(session);
				connection.commit();
			} catch (Exception | Error e) {
				rollback(connection);
				session.resetAssignedIds();
				throw e;
			} finally {
				pool.give(connection);
			}
		} catch (StoreException e) {
			throw e;
		} catch (SQLException e) {
			throw new StoreException("Writing to " + settings.url() + " failed: " + e.getMessage(), e);
		} catch (Exception e) {
			throw new StoreException(e.getMessage(), e);
		}
		notifyListeners(changes.toChange());
		return result;
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			ILog.of(JdbcCrmStore.class).error("Rollback failed", e);
		}
	}

	private void notifyListeners(CrmChange change) {
		if (change.isEmpty()) {
			return;
		}
		for (CrmChangeListener listener : listeners) {
			try {
				listener.changed(change);
			} catch (RuntimeException e) {
				ILog.of(JdbcCrmStore.class).error("A CRM change listener failed: " + listener, e);
			}
		}
	}

	/** A read that runs on a pooled connection and ends its transaction. */
	private interface Read<R> {
		R run(Connection connection) throws SQLException;
	}

	private <R> R read(String what, Read<R> read) {
		try {
			Connection connection = pool.take();
			try {
				R result = read.run(connection);
				connection.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				rollback(connection);
				throw e;
			} finally {
				pool.give(connection);
			}
		} catch (SQLException e) {
			throw new StoreException("Reading " + what + " from " + settings.url() + " failed: " + e.getMessage(), e);
		}
	}

	@Override
	public <T extends CrmObject> Optional<T> find(Class<T> type, long id) {
		return findWhere(type, " WHERE t.id = ?", id);
	}

	@Override
	public <T extends CrmObject> Optional<T> findByExternalId(Class<T> type, String externalId) {
		return findWhere(type, " WHERE t.external_id = ?", externalId);
	}

	private <T extends CrmObject> Optional<T> findWhere(Class<T> type, String clause, Object value) {
		Table<T> table = Tables.of(type);
		return read(type.getSimpleName(), connection -> new ObjectLoader(connection)
				.query(table, clause, List.of(value)).stream().filter(type::isInstance).map(type::cast).findFirst());
	}

	@Override
	public <T extends CrmObject> List<T> findByName(Class<T> type, String prefix, Page page) {
		Table<T> table = Tables.of(type);
		if (!table.hasNameKey()) {
			throw new IllegalArgumentException(type.getSimpleName() + " has no name to search by");
		}
		String pattern = escapeLike(NameKeys.of(prefix)) + "%";
		return read(type.getSimpleName(), connection -> new ObjectLoader(connection).query(table,
				" WHERE t.name_key LIKE ? ESCAPE '\\' ORDER BY t.name_key, t.id" + pageClause(page),
				List.of(pattern)));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String pageClause(Page page) {
		return " OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.limit() + " ROWS ONLY";
	}

	@Override
	public <T extends CrmObject> List<T> list(Class<T> type, Page page) {
		Table<T> table = Tables.of(type);
		return read(type.getSimpleName(), connection -> new ObjectLoader(connection).query(table,
				" ORDER BY t.id" + pageClause(page), List.of()));
	}

	@Override
	public long count(Class<? extends CrmObject> type) {
		Table<?> table = Tables.of(type);
		return read(type.getSimpleName(), connection -> {
			try (var statement = connection.createStatement();
					var result = statement.executeQuery("SELECT COUNT(*) FROM " + table.name)) {
				result.next();
				return result.getLong(1);
			}
		});
	}

	@Override
	public <R extends CrmRecord> List<R> records(Class<R> type, EntityType entityType, long entityId,
			LocalDate from, LocalDate to, Page page) {
		Table<R> table = Tables.of(type);
		if (entityType == EntityType.PROJECT && type == Request.class) {
			return List.of();
		}
		List<Object> parameters = new ArrayList<>();
		StringBuilder clause = new StringBuilder(" WHERE ");
		switch (entityType) {
		case COMPANY -> {
			clause.append("(t.company_id = ? OR t.person_id IN (SELECT p.id FROM person p WHERE p.company_id = ?))");
			parameters.add(entityId);
			parameters.add(entityId);
		}
		case PERSON -> {
			clause.append("t.person_id = ?");
			parameters.add(entityId);
		}
		case PROJECT -> {
			clause.append("t.project_id = ?");
			parameters.add(entityId);
		}
		}
		if (from != null) {
			clause.append(" AND t.record_date >= ?");
			parameters.add(from);
		}
		if (to != null) {
			clause.append(" AND t.record_date <= ?");
			parameters.add(to);
		}
		clause.append(" ORDER BY t.record_date, t.id").append(pageClause(page));
		return read(type.getSimpleName(),
				connection -> new ObjectLoader(connection).query(table, clause.toString(), parameters));
	}

	@Override
	public List<CrmObject> loadAll() {
		return read("all objects", connection -> {
			ObjectLoader loader = new ObjectLoader(connection);
			List<CrmObject> objects = new ArrayList<>();
			for (Table<?> table : Tables.ALL) {
				objects.addAll(loader.query(table, " ORDER BY t.id", List.of()));
			}
			return objects;
		});
	}

	@Override
	public void forEachEntity(EntityType entityType, Consumer<EntityRecords> consumer) {
		read(entityType.getLiteral() + " records", connection -> {
			new BulkReader(connection).read(entityType, null, consumer);
			return null;
		});
	}

	@Override
	public Optional<EntityRecords> entityRecords(EntityType entityType, long entityId) {
		return read(entityType.getLiteral() + " " + entityId, connection -> {
			List<EntityRecords> found = new ArrayList<>(1);
			new BulkReader(connection).read(entityType, entityId, found::add);
			return found.stream().findFirst();
		});
	}
}
