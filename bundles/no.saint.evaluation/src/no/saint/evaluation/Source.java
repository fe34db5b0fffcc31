package no.saint.evaluation;

/**
 * The records a measure counts. A company counts the records linked to it or
 * to its persons, a project the records linked to the project, a person its
 * own records.
 */
public enum Source {
	ACTIVITIES, SALES, REQUESTS
}
