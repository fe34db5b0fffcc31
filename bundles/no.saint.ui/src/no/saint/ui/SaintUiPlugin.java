package no.saint.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The activator of the SAINT workbench bundle. */
public class SaintUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "no.saint.ui";
}
