package no.saint.engine;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import no.saint.evaluation.EntityType;

/**
 * Computes the results of every entity of one type for an evaluator: in
 * memory from snapshots, or by counting in SQL.
 */
public interface CounterSource {

	/** Returns the number of entities of {@code type}, for progress reporting. */
	int count(EntityType type) throws Exception;

	/**
	 * Returns the result of every entity of {@code type}.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	List<EntityResult> evaluate(Evaluator evaluator, EntityType type, IProgressMonitor monitor) throws Exception;

	/** Returns a counter source that evaluates the snapshots of {@code source} in memory. */
	static CounterSource inMemory(SnapshotSource source) {
		return new InMemoryCounting(source);
	}
}
