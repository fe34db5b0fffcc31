package no.saint.engine;

import java.time.LocalDate;

/**
 * Computes counters and status values of companies, persons and projects.
 * Published as an OSGi declarative service.
 */
public interface EvaluationService {

	/**
	 * Returns the date that windows are measured from: the given as-of date,
	 * or today when none is given.
	 */
	LocalDate evaluationDate(LocalDate asOf);
}
