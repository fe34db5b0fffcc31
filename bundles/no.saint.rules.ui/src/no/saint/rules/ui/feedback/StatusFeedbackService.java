package no.saint.rules.ui.feedback;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import no.saint.evaluation.RuleSet;

/**
 * Live feedback from the connected CRM database for the rules editor: match
 * counts per status and regeneration of the stored statuses. A bundle that
 * knows the database (the counter evaluation service) registers an
 * implementation as an OSGi service. The editor looks it up optionally and
 * shows no counts while none is registered.
 */
public interface StatusFeedbackService {

	/** Returns whether a CRM database is connected, so that counts and regeneration can run. */
	boolean isConnected();

	/**
	 * Counts the entities that each status of {@code rules} matches in the
	 * connected database as of {@code asOf}.
	 *
	 * @return the number of matching entities by status name
	 * @throws CoreException when the database cannot be read; the status says why
	 */
	Map<String, Long> countMatches(RuleSet rules, LocalDate asOf, IProgressMonitor monitor) throws CoreException;

	/**
	 * Evaluates {@code rules} for every entity as of today and stores the
	 * resulting statuses, replacing the stored ones only when all succeed.
	 *
	 * @throws CoreException when the evaluation or the storage fails; the status says why
	 */
	void regenerate(RuleSet rules, IProgressMonitor monitor) throws CoreException;
}
