package no.saint.engine;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import no.saint.evaluation.EntityType;

/** Where the evaluator reads companies, persons and projects with their records from. */
public interface SnapshotSource {

	/** Returns the number of entities of {@code type}, for progress reporting. */
	int count(EntityType type) throws Exception;

	/** Passes every entity of {@code type} to {@code consumer}, one at a time. */
	void forEach(EntityType type, Consumer<EntitySnapshot> consumer) throws Exception;

	/** Returns the entities with the given keys that exist; deleted ones are left out. */
	List<EntitySnapshot> load(Collection<EntityKey> keys) throws Exception;
}
