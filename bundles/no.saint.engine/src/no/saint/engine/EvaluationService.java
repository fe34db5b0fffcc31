package no.saint.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import no.saint.evaluation.RuleSet;

/**
 * Computes counters and status values of companies, persons and projects.
 * Published as an OSGi declarative service; needs no display.
 */
public interface EvaluationService {

	/**
	 * Returns the date that windows are measured from: the given as-of date,
	 * or today when none is given.
	 */
	LocalDate evaluationDate(LocalDate asOf);

	/** Returns an in-memory evaluator of {@code rules} for the as-of date (today when null). */
	Evaluator evaluator(RuleSet rules, LocalDate asOf);

	/**
	 * Evaluates every entity of {@code source} in memory, companies first, then
	 * persons, then projects.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	List<EntityResult> evaluateAll(Evaluator evaluator, SnapshotSource source, IProgressMonitor monitor)
			throws Exception;

	/**
	 * Regenerates the counters and status values of every status of
	 * {@code rules}, or of the one named {@code statusName}, and writes them
	 * to {@code database} in one transaction. Waits while another client
	 * regenerates the same database.
	 *
	 * @param counting how the counters are computed: in memory or by SQL
	 * @throws OperationCanceledException when the monitor is cancelled; the previous generation stays
	 * @throws IllegalArgumentException when {@code statusName} is not a status of {@code rules}
	 */
	GenerationSummary regenerate(StatusDatabase database, CounterSource counting, RuleSet rules, LocalDate asOf,
			String statusName, IProgressMonitor monitor) throws Exception;

	/** Explains {@code statusName} for {@code entity} in the language of {@code locale}. */
	Explanation explain(Evaluator evaluator, EntitySnapshot entity, String statusName, Locale locale);
}
