package no.saint.engine;

import org.eclipse.osgi.util.NLS;

/** Texts of the evaluation service that users see, such as progress messages. */
public final class EngineMessages extends NLS {

	public static String Regeneration_task;
	public static String Regeneration_evaluating;
	public static String Regeneration_waiting;
	public static String Regeneration_writingCounters;
	public static String Regeneration_writingStatuses;
	public static String Regeneration_unknownStatus;

	static {
		NLS.initializeMessages("no.saint.engine.messages", EngineMessages.class);
	}

	private EngineMessages() {
	}
}
