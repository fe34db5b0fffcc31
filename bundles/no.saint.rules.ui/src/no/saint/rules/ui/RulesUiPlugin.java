package no.saint.rules.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The activator of the rules editor bundle. */
public class RulesUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "no.saint.rules.ui";

	/** The content type of {@code *.saint} files. */
	public static final String CONTENT_TYPE_ID = "no.saint.rules.contentType";
}
