package no.saint.store;

import java.util.Set;

/**
 * What one committed transaction changed: the ids of the companies, persons
 * and projects whose own fields, activities, sales or requests were created,
 * changed or deleted. A record linked to a person also affects that person's
 * company, and a changed company affects its persons (a person's status may
 * depend on its company's category). Both the old and the new links of a
 * changed record count.
 * <p>
 * When a transaction affects more than {@link #BULK_THRESHOLD} entities, the
 * change is a bulk change: the id sets are empty and {@link #bulk()} is true,
 * meaning "regenerate everything".
 */
public record CrmChange(boolean bulk, Set<Long> companyIds, Set<Long> personIds, Set<Long> projectIds) {

	/** Number of affected entities above which a change is reported as bulk. */
	public static final int BULK_THRESHOLD = 10_000;

	public CrmChange {
		companyIds = Set.copyOf(companyIds);
		personIds = Set.copyOf(personIds);
		projectIds = Set.copyOf(projectIds);
	}

	public static CrmChange bulkChange() {
		return new CrmChange(true, Set.of(), Set.of(), Set.of());
	}

	public boolean isEmpty() {
		return !bulk && companyIds.isEmpty() && personIds.isEmpty() && projectIds.isEmpty();
	}
}
