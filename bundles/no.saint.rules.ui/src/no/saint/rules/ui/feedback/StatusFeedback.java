package no.saint.rules.ui.feedback;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import no.saint.rules.ui.ParsedRules;

/**
 * Tracks the optional {@link StatusFeedbackService} and turns its answers
 * into editor text. Every method returns "nothing to show" while no service
 * is registered.
 */
public final class StatusFeedback {

	private static ServiceTracker<StatusFeedbackService, StatusFeedbackService> tracker;

	private StatusFeedback() {
	}

	/** Starts tracking the service; the activator calls it on start. */
	public static synchronized void open(BundleContext context) {
		tracker = new ServiceTracker<>(context, StatusFeedbackService.class, null);
		tracker.open();
	}

	/** Stops tracking the service; the activator calls it on stop. */
	public static synchronized void close() {
		if (tracker != null) {
			tracker.close();
			tracker = null;
		}
	}

	/** Returns the registered and connected service, or {@code null}. */
	public static synchronized StatusFeedbackService connectedService() {
		StatusFeedbackService service = tracker == null ? null : tracker.getService();
		return service != null && service.isConnected() ? service : null;
	}

	/**
	 * Returns the hover line with the current number of matches of the status
	 * named at {@code offset}, or {@code null} when there is nothing to show.
	 */
	public static String describeMatches(ParsedRules parsed, int offset) {
		if (connectedService() == null) {
			return null;
		}
		// TODO: translate the file with RulesTranslator, find the status named at
		// the offset and ask the service for its count; until then no count shows.
		return null;
	}
}
