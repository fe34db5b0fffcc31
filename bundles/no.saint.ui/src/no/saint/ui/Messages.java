package no.saint.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the SAINT workbench, in messages.properties and its translations. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.saint.ui.messages";

	public static String NavigatorView_noDatabase;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
