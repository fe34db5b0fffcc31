package no.saint.engine;

import java.util.List;
import java.util.Map;

/**
 * A company, person or project with everything the evaluator reads: its
 * fields, keyed by their path in the rules language ({@code company.category},
 * {@code project.status}, {@code person.company.category}), and the records
 * counted for it. A company's records include those of its persons.
 */
public record EntitySnapshot(EntityKey key, String name, Map<String, String> fields,
		List<CrmRecord.Activity> activities, List<CrmRecord.Sale> sales, List<CrmRecord.Request> requests) {

	public EntitySnapshot {
		fields = Map.copyOf(fields);
		activities = List.copyOf(activities);
		sales = List.copyOf(sales);
		requests = List.copyOf(requests);
	}

	/** Returns the records of {@code source}. */
	public List<? extends CrmRecord> records(no.saint.evaluation.Source source) {
		return switch (source) {
		case ACTIVITIES -> activities;
		case SALES -> sales;
		case REQUESTS -> requests;
		};
	}
}
