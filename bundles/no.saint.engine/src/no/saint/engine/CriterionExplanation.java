package no.saint.engine;

import no.saint.evaluation.Criterion;

/**
 * One criterion of a status for one entity: its value against its threshold
 * as a sentence in the requested language, and whether it holds.
 *
 * @param criterion a comparison or a field test
 * @param negated true when the criterion sits under an odd number of {@code not}s,
 *        so that the status needs it to fail
 */
public record CriterionExplanation(Criterion criterion, String text, boolean holds, boolean negated) {
}
