package no.saint.rules.feedback;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the live counts, from {@code messages.properties} and its translations. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.saint.rules.feedback.messages";

	public static String StoreStatusFeedbackService_counting;
	public static String StoreStatusFeedbackService_regenerating;
	public static String StoreStatusFeedbackService_countFailed;
	public static String StoreStatusFeedbackService_regenerateFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
