package no.saint.store;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import no.saint.model.crm.CrmObject;

/** The operations available inside one transaction of a {@link CrmStore}. */
public interface CrmSession {

	/** Inserts the object when its id is 0, otherwise updates it; returns the object with its id set. */
	<T extends CrmObject> T save(T object);

	/**
	 * Inserts or updates the objects with batched statements. New objects
	 * referenced by others get their ids first, so the order does not matter.
	 */
	void saveAll(Collection<? extends CrmObject> objects);

	void delete(CrmObject object);

	<T extends CrmObject> Optional<T> find(Class<T> type, long id);

	/** Loads every stored object of {@code type}, ordered by id. */
	<T extends CrmObject> java.util.List<T> loadAll(Class<T> type);

	/** Returns the ids of all stored objects of {@code type} that have an external id, by external id. */
	Map<String, Long> externalIds(Class<? extends CrmObject> type);

	/** A unit of work that runs in one transaction. */
	@FunctionalInterface
	interface Work<R> {
		R run(CrmSession session) throws Exception;
	}
}
