package no.saint.rules.feedback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.saint.engine.CounterSource;
import no.saint.engine.EntityResult;
import no.saint.engine.EvaluationService;
import no.saint.engine.Evaluator;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StoreSnapshotSource;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.StatusDefinition;
import no.saint.rules.ui.feedback.StatusFeedbackService;
import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;

/**
 * Match counts and regeneration for the rules editor, computed by the counter
 * evaluation service on the CRM database that the store is configured for.
 * {@link DatabaseSettings#configured()} reads the system properties, then the
 * store's preferences, else it uses the embedded H2 file. Each call opens the
 * store and closes it when done.
 */
@Component(service = StatusFeedbackService.class)
public class StoreStatusFeedbackService implements StatusFeedbackService {

	static final String PLUGIN_ID = "no.saint.rules.feedback";

	@Reference
	private EvaluationService evaluation;

	private DatabaseSettings settings;

	/** Creates the declarative service. It reads the database settings when activated. */
	public StoreStatusFeedbackService() {
	}

	/** Creates a service on the given database, for tests and callers outside OSGi components. */
	public StoreStatusFeedbackService(EvaluationService evaluation, DatabaseSettings settings) {
		this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	@Activate
	void activate() {
		settings = DatabaseSettings.configured();
		ILog.of(StoreStatusFeedbackService.class).info("Rules editor counts use the database " + settings.url());
	}

	/**
	 * Returns true for a PostgreSQL database and for an H2 file that exists. A
	 * missing H2 file counts as not connected, because opening it would create
	 * an empty database and every count would be 0.
	 */
	@Override
	public boolean isConnected() {
		DatabaseSettings current = settings;
		if (current == null) {
			return false;
		}
		return h2File(current.url()).map(file -> Files.isRegularFile(file)).orElse(true);
	}

	private static java.util.Optional<Path> h2File(String url) {
		String prefix = "jdbc:h2:";
		if (!url.startsWith(prefix) || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")) {
			return java.util.Optional.empty();
		}
		String path = url.substring(prefix.length());
		int options = path.indexOf(';');
		if (options >= 0) {
			path = path.substring(0, options);
		}
		if (path.startsWith("file:")) {
			path = path.substring("file:".length());
		}
		return java.util.Optional.of(Path.of(path + ".mv.db"));
	}

	@Override
	public Map<String, Long> countMatches(RuleSet rules, LocalDate asOf, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.StoreStatusFeedbackService_counting, 1);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (StatusDefinition status : rules.statuses()) {
			counts.put(status.name(), 0L);
		}
		try (CrmStore store = CrmStores.open(settings)) {
			Evaluator evaluator = evaluation.evaluator(rules, asOf);
			List<EntityResult> results = evaluation.evaluateAll(evaluator, new StoreSnapshotSource(store),
					progress.split(1));
			for (EntityResult result : results) {
				for (StatusDefinition status : result.statuses()) {
					counts.merge(status.name(), 1L, Long::sum);
				}
			}
			return counts;
		} catch (OperationCanceledException e) {
			throw e;
		} catch (Exception e) {
			throw failure(NLS.bind(Messages.StoreStatusFeedbackService_countFailed, settings.url()), e);
		}
	}

	@Override
	public void regenerate(RuleSet rules, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.StoreStatusFeedbackService_regenerating, 1);
		try (CrmStore store = CrmStores.open(settings)) {
			CounterSource source = CounterSource.inMemory(new StoreSnapshotSource(store));
			// The evaluation service logs the regeneration with the rule set, date and database.
			evaluation.regenerate(new StatusDatabase(settings), source, rules, null, null, progress.split(1));
		} catch (OperationCanceledException e) {
			throw e;
		} catch (Exception e) {
			throw failure(NLS.bind(Messages.StoreStatusFeedbackService_regenerateFailed, settings.url()), e);
		}
	}

	private static CoreException failure(String message, Exception cause) {
		return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, message, cause));
	}
}
