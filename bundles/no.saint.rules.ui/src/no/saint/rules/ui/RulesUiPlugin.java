package no.saint.rules.ui;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import no.saint.rules.ui.feedback.StatusFeedback;
import no.saint.rules.ui.markers.RulesMarkerUpdater;

/**
 * The activator of the rules editor bundle. It starts creating the language
 * injector in the background and keeps the problem markers of {@code *.saint}
 * files up to date while the bundle is active.
 */
public class RulesUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "no.saint.rules.ui";

	/** The content type of {@code *.saint} files. */
	public static final String CONTENT_TYPE_ID = "no.saint.rules.contentType";

	private static RulesUiPlugin instance;

	private RulesMarkerUpdater markerUpdater;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		RulesLanguage.startInjectorCreation();
		StatusFeedback.open(context);

		markerUpdater = new RulesMarkerUpdater();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(markerUpdater, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (markerUpdater != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(markerUpdater);
			markerUpdater = null;
		}
		StatusFeedback.close();
		instance = null;
		super.stop(context);
	}

	/** Returns the running activator, or {@code null} when the bundle is stopped. */
	public static RulesUiPlugin getDefault() {
		return instance;
	}
}
