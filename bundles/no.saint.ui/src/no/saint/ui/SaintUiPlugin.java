package no.saint.ui;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.framework.BundleContext;

import no.saint.store.DatabaseSettings;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.WorkbenchPreferences;

/**
 * The activator of the SAINT workbench bundle. Holds the session the views
 * work on and opens it in a background job on first request: the configured
 * database, or the embedded demo database, with the configured rules.
 */
public class SaintUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "no.saint.ui";

	private static SaintUiPlugin plugin;

	private final List<Consumer<SaintSession>> sessionListeners = new CopyOnWriteArrayList<>();
	private volatile SaintSession session;
	private Job openJob;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (session != null) {
			session.close();
			session = null;
		}
		plugin = null;
		super.stop(context);
	}

	public static SaintUiPlugin getDefault() {
		return plugin;
	}

	/** Returns the open session, or null while it opens or when opening failed. */
	public SaintSession session() {
		return session;
	}

	/**
	 * Calls {@code listener} with the session once it is open, at once when it
	 * is open already, and again whenever another session replaces it. Starts
	 * opening the configured session when none is open or opening.
	 */
	public synchronized void whenSessionOpen(Consumer<SaintSession> listener) {
		sessionListeners.add(listener);
		if (session != null) {
			listener.accept(session);
		} else if (openJob == null) {
			openConfiguredSession();
		}
	}

	public void removeSessionListener(Consumer<SaintSession> listener) {
		sessionListeners.remove(listener);
	}

	/** Replaces the current session, closing the previous one, and tells the listeners. */
	public void setSession(SaintSession newSession) {
		SaintSession previous;
		synchronized (this) {
			previous = session;
			session = newSession;
		}
		if (previous != null && previous != newSession) {
			previous.close();
		}
		sessionListeners.forEach(listener -> listener.accept(newSession));
	}

	private void openConfiguredSession() {
		openJob = Job.create(Messages.Session_openJob, (IProgressMonitor monitor) -> {
			DatabaseSettings settings = DatabaseSettings.configured();
			boolean demo = settings.equals(DatabaseSettings.embeddedDefault());
			try {
				WorkbenchPreferences.Values preferences = WorkbenchPreferences.load();
				SaintSession opened = SaintSession.open(settings, rulesLocation(preferences), preferences.asOf(), demo,
						monitor);
				opened.setEvaluationMode(preferences.evaluation());
				setSession(opened);
				return Status.OK_STATUS;
			} catch (Exception e) {
				IStatus status = Status.error(org.eclipse.osgi.util.NLS.bind(Messages.Session_openFailed,
						settings.url(), e.getMessage()), e);
				// Returning the error as well would show it a second time.
				StatusManager.getManager().handle(status, StatusManager.LOG | StatusManager.SHOW);
				return Status.CANCEL_STATUS;
			}
		});
		openJob.setUser(false);
		openJob.schedule();
	}

	/** Returns the rules file of system property saint.rules, else of the preferences, else the example rules. */
	private static URL rulesLocation(WorkbenchPreferences.Values preferences) throws MalformedURLException {
		String property = System.getProperty(SaintSession.RULES_PROPERTY);
		if ((property == null || property.isBlank()) && !preferences.rulesFile().isBlank()) {
			return Path.of(preferences.rulesFile()).toUri().toURL();
		}
		return SaintSession.defaultRulesLocation();
	}
}
