package no.saint.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import no.saint.model.crm.CrmObject;
import no.saint.model.crm.CrmRecord;
import no.saint.model.crm.EntityType;

/**
 * The CRM database: stores and queries the objects of the CRM model in H2 or
 * PostgreSQL. Every write runs in one transaction, and change listeners learn
 * after the commit which companies, persons and projects it affected.
 * <p>
 * Loaded objects are detached copies: a query returns new objects, with the
 * objects they reference (owner, company, list values ...) loaded as well.
 * Saving an object whose id is 0 inserts it and sets its id; saving one with
 * an id updates the row of that id.
 * <p>
 * Table and column names are documented in {@code docs/storage.md}.
 */
public interface CrmStore extends AutoCloseable {

	/** Returns the settings of the database this store is connected to. */
	DatabaseSettings settings();

	/** Returns the version of the database schema, the number of the last migration applied. */
	int schemaVersion();

	/**
	 * Runs {@code work} in one transaction and returns its result. The
	 * transaction commits when {@code work} returns and rolls back when it
	 * throws; the exception is rethrown as a {@link StoreException} unless it
	 * is one already.
	 */
	<R> R write(CrmSession.Work<R> work);

	/** Inserts or updates one object in its own transaction. */
	default <T extends CrmObject> T save(T object) {
		return write(session -> session.save(object));
	}

	/**
	 * Inserts or updates the objects in one transaction with batched
	 * statements. Objects that reference each other may come in any order.
	 */
	default void saveAll(Collection<? extends CrmObject> objects) {
		write(session -> {
			session.saveAll(objects);
			return null;
		});
	}

	/** Deletes the object's row. References to it from other rows become null. */
	default void delete(CrmObject object) {
		write(session -> {
			session.delete(object);
			return null;
		});
	}

	/** Loads the object of {@code type} with the given id. */
	<T extends CrmObject> Optional<T> find(Class<T> type, long id);

	/** Loads the object of {@code type} that was imported with the given external id. */
	<T extends CrmObject> Optional<T> findByExternalId(Class<T> type, String externalId);

	/**
	 * Loads the objects of {@code type} whose name starts with {@code prefix},
	 * ignoring case and accents ("orsta" and "Ørsta" both find "ØRSTA IL"),
	 * ordered by name. Works for companies, persons, projects, associates,
	 * list values and selections.
	 */
	<T extends CrmObject> List<T> findByName(Class<T> type, String prefix, Page page);

	/** Loads one page of the objects of {@code type}, ordered by id. */
	<T extends CrmObject> List<T> list(Class<T> type, Page page);

	/** Returns the number of stored objects of {@code type}. */
	long count(Class<? extends CrmObject> type);

	/**
	 * Loads the records of {@code type} that belong to an entity and are
	 * dated from {@code from} to {@code to}, both inclusive, ordered by date
	 * and id. A null bound is open; with both bounds null, records without a
	 * date are included. A company's records are those linked to it or to one
	 * of its persons.
	 */
	<R extends CrmRecord> List<R> records(Class<R> type, EntityType entityType, long entityId, LocalDate from,
			LocalDate to, Page page);

	/** Loads every stored object, ordered by type and id. Meant for small databases and tests. */
	List<CrmObject> loadAll();

	/**
	 * Streams every entity of {@code entityType}, in id order, with its
	 * activities, sales and requests as plain rows, without creating model
	 * objects. Meant for regenerating counters over a whole database.
	 */
	void forEachEntity(EntityType entityType, Consumer<EntityRecords> consumer);

	/** Reads one entity with its records as plain rows. */
	Optional<EntityRecords> entityRecords(EntityType entityType, long entityId);

	/** Registers a listener that learns about every committed write. */
	void addChangeListener(CrmChangeListener listener);

	void removeChangeListener(CrmChangeListener listener);

	/** Closes the connections. */
	@Override
	void close();
}
