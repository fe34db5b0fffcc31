package no.saint.engine;

import java.util.List;

/**
 * Why a status matches an entity or not: every comparison and field test
 * of the status's criterion, in the order of the rules file.
 */
public record Explanation(EntityKey key, String entityName, String statusName, boolean matches,
		List<CriterionExplanation> criteria) {

	public Explanation {
		criteria = List.copyOf(criteria);
	}
}
