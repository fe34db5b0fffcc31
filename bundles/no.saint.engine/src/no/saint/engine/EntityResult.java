package no.saint.engine;

import java.util.List;
import java.util.Map;

import no.saint.evaluation.Measure;
import no.saint.evaluation.StatusDefinition;

/**
 * What the evaluator computed for one entity: the value of every counter
 * its statuses need, and the statuses that match, lowest rank first.
 */
public record EntityResult(EntityKey key, String name, Map<Measure, CounterValue> counters,
		List<StatusDefinition> statuses) {

	public EntityResult {
		counters = Map.copyOf(counters);
		statuses = List.copyOf(statuses);
	}

	/** Returns true when the status named {@code statusName} matches this entity. */
	public boolean has(String statusName) {
		return statuses.stream().anyMatch(status -> status.name().equals(statusName));
	}
}
