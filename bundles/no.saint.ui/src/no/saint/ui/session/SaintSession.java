package no.saint.ui.session;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import no.saint.engine.CounterSource;
import no.saint.engine.EntityKey;
import no.saint.engine.EntityResult;
import no.saint.engine.EntitySnapshot;
import no.saint.engine.Evaluator;
import no.saint.engine.Explainer;
import no.saint.engine.Explanation;
import no.saint.engine.GenerationSummary;
import no.saint.engine.StatusChange;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StatusListener;
import no.saint.engine.StatusUpdater;
import no.saint.engine.StoreSnapshotSource;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Measure;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.StatusDefinition;
import no.saint.model.crm.Company;
import no.saint.store.CrmChange;
import no.saint.store.CrmChangeListener;
import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;
import no.saint.store.demo.BridgecomGenerator;
import no.saint.store.demo.DemoLoader;

/**
 * What the workbench works on: one CRM database, the rules in use, the
 * evaluator for the as-of date and the signalled statuses of every entity.
 * Keeps the statuses current: a write to the CRM re-evaluates the affected
 * entities at once, and on PostgreSQL the status changes of other clients
 * arrive through notifications. Needs no display.
 */
public final class SaintSession implements AutoCloseable {

	/** System property with the path of the rules file to use instead of the Bridgecom example rules. */
	public static final String RULES_PROPERTY = "saint.rules";

	/** Number of companies of the Bridgecom demo CRM that fills an empty database. */
	public static final int DEMO_COMPANIES = 1000;

	/** Seed of the Bridgecom demo generator, the same as {@code saint demo} uses by default. */
	public static final long DEMO_SEED = 1;

	private static final String RULES_BUNDLE = "no.saint.rules";
	private static final String EXAMPLE_RULES = "examples/bridgecom.saint";

	private final CrmStore store;
	private final StatusDatabase statusDatabase;
	private final RuleSet ruleSet;
	private final URL rulesLocation;
	private final Evaluator evaluator;
	private final StoreSnapshotSource snapshots;
	private final StatusUpdater updater;
	private final CrmChangeListener changeListener = this::crmChanged;
	private final List<Consumer<StatusChange>> listeners = new CopyOnWriteArrayList<>();
	private StatusListener notifications;
	private volatile StatusIndex index = StatusIndex.EMPTY;

	private SaintSession(CrmStore store, RuleSet ruleSet, URL rulesLocation, LocalDate asOf) {
		this.store = store;
		this.statusDatabase = new StatusDatabase(store.settings());
		this.ruleSet = ruleSet;
		this.rulesLocation = rulesLocation;
		this.evaluator = new Evaluator(ruleSet, asOf);
		this.snapshots = new StoreSnapshotSource(store);
		this.updater = new StatusUpdater(evaluator, snapshots, statusDatabase, StatusUpdater.Mode.REAL_TIME);
	}

	/**
	 * Opens the database, fills an empty one with the Bridgecom demo data
	 * when {@code demoWhenEmpty} is set, loads the rules, generates the
	 * statuses when the database has none for the as-of date, and starts
	 * listening for changes.
	 *
	 * @param asOf the date windows are measured from, or null for today
	 */
	public static SaintSession open(DatabaseSettings settings, URL rulesLocation, LocalDate asOf,
			boolean demoWhenEmpty, IProgressMonitor monitor) throws Exception {
		return open(settings, rulesLocation, asOf, demoWhenEmpty ? DEMO_COMPANIES : 0, monitor);
	}

	/**
	 * Opens the database as {@link #open(DatabaseSettings, URL, LocalDate, boolean, IProgressMonitor)}
	 * does, but fills an empty database with {@code demoCompanies} demo companies, none when 0.
	 */
	public static SaintSession open(DatabaseSettings settings, URL rulesLocation, LocalDate asOf, int demoCompanies,
			IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(SessionMessages.Session_opening, settings.url()), 100);
		LocalDate date = asOf != null ? asOf : LocalDate.now();
		CrmStore store = CrmStores.open(settings);
		try {
			progress.worked(10);
			if (demoCompanies > 0 && store.count(Company.class) == 0) {
				progress.subTask(SessionMessages.Session_demoData);
				DemoLoader.load(new BridgecomGenerator(DEMO_SEED, date), demoCompanies, store);
			}
			progress.setWorkRemaining(80);
			progress.subTask(NLS.bind(SessionMessages.Session_loadingRules, rulesLocation));
			RuleSet rules = RulesLoader.load(rulesLocation);
			progress.worked(20);

			SaintSession session = new SaintSession(store, rules, rulesLocation, date);
			session.statusDatabase.createTables();
			if (!date.equals(session.statusDatabase.lastAsOf())) {
				progress.subTask(SessionMessages.Session_regenerating);
				session.regenerate(null, progress.split(60));
			}
			session.start();
			return session;
		} catch (Exception | Error e) {
			store.close();
			throw e;
		}
	}

	/**
	 * Returns the rules of system property {@value #RULES_PROPERTY}, else the
	 * Bridgecom example rules shipped in the rules bundle, whose images lie in
	 * the {@code examples/images} folder beside them.
	 */
	public static URL defaultRulesLocation() throws MalformedURLException {
		String path = System.getProperty(RULES_PROPERTY);
		if (path != null && !path.isBlank()) {
			return Path.of(path).toUri().toURL();
		}
		Bundle rules = Platform.getBundle(RULES_BUNDLE);
		URL location = rules == null ? null : rules.getEntry(EXAMPLE_RULES);
		if (location == null) {
			throw new MalformedURLException(NLS.bind(SessionMessages.Rules_exampleMissing, EXAMPLE_RULES, RULES_BUNDLE));
		}
		return location;
	}

	private void start() throws SQLException {
		reloadIndex();
		store.addChangeListener(changeListener);
		if (store.settings().isPostgreSql()) {
			notifications = new StatusListener(statusDatabase, this::statusesChangedElsewhere);
		}
	}

	public CrmStore store() {
		return store;
	}

	public StatusDatabase statusDatabase() {
		return statusDatabase;
	}

	public RuleSet ruleSet() {
		return ruleSet;
	}

	public Evaluator evaluator() {
		return evaluator;
	}

	public LocalDate asOf() {
		return evaluator.asOf();
	}

	public StatusIndex index() {
		return index;
	}

	/**
	 * Sets how changes of the CRM update the statuses: at once, or only
	 * marked for the next regeneration.
	 */
	public void setEvaluationMode(StatusUpdater.Mode mode) {
		updater.setMode(mode);
	}

	public StatusUpdater.Mode evaluationMode() {
		return updater.mode();
	}

	/** Registers a listener for status changes; it is called on the thread that noticed the change. */
	public void addListener(Consumer<StatusChange> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<StatusChange> listener) {
		listeners.remove(listener);
	}

	/** Returns the definitions of the entity's signalled statuses, lowest rank first. */
	public List<StatusDefinition> statuses(EntityKey key) {
		List<StatusDefinition> definitions = new ArrayList<>();
		for (String name : index.statuses(key)) {
			ruleSet.status(name).ifPresent(definitions::add);
		}
		return definitions;
	}

	/** Returns the highest-ranked status of the entity that is visualized with an image. */
	public Optional<StatusDefinition> watermarkStatus(EntityKey key) {
		return statuses(key).stream().filter(status -> status.visualize() && status.image() != null).findFirst();
	}

	public StatusDefinition status(String statusName) {
		return ruleSet.status(statusName)
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(SessionMessages.Status_unknown, statusName)));
	}

	/**
	 * Returns the image of {@code status}: the file relative to the rules
	 * file, else the workbench's status image of the same file name, else null.
	 */
	public URL imageLocation(StatusDefinition status) {
		if (status.image() == null) {
			return null;
		}
		try {
			URL relative = new URL(rulesLocation, status.image());
			if (exists(relative)) {
				return relative;
			}
		} catch (MalformedURLException e) {
			ILog.of(SaintSession.class).warn("Invalid image path '" + status.image() + "' of status " + status.name());
		}
		String fileName = status.image().substring(status.image().lastIndexOf('/') + 1);
		return SaintSession.class.getResource("/images/status/" + fileName);
	}

	private static boolean exists(URL location) {
		try (InputStream in = location.openStream()) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** Reads the entity with its records, as the evaluator sees it. */
	public EntitySnapshot snapshot(EntityKey key) {
		List<EntitySnapshot> found = snapshots.load(List.of(key));
		if (found.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(SessionMessages.Entity_notFound, key));
		}
		return found.get(0);
	}

	/** Explains why {@code statusName} matches the entity or not, in the language of {@code locale}. */
	public Explanation explain(EntityKey key, String statusName, Locale locale) {
		return new Explainer(locale).explain(evaluator, snapshot(key), status(statusName));
	}

	/**
	 * Regenerates every status ({@code statusName} null) or one, and reloads
	 * the index. The previous values stay when the monitor is cancelled.
	 */
	public GenerationSummary regenerate(String statusName, IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, SessionMessages.Session_regenerating, 100);
		List<StatusDefinition> statuses = statusName == null ? ruleSet.statuses() : List.of(status(statusName));
		Set<EntityType> types = new LinkedHashSet<>();
		statuses.forEach(status -> types.add(status.entityType()));

		CounterSource counting = CounterSource.inMemory(snapshots);
		List<EntityResult> results = new ArrayList<>();
		Map<EntityType, List<Measure>> measures = new EnumMap<>(EntityType.class);
		SubMonitor evaluation = progress.split(60).setWorkRemaining(types.size());
		for (EntityType type : types) {
			results.addAll(counting.evaluate(evaluator, type, evaluation.split(1)));
			measures.put(type, evaluator.measures(type));
		}
		GenerationSummary summary = statusDatabase.writeGeneration(asOf(), statuses, measures, results,
				statusName == null, progress.split(40));
		reloadIndex();
		fire(new StatusChange(true, Set.of()));
		return summary;
	}

	private void crmChanged(CrmChange change) {
		try {
			if (change.bulk()) {
				regenerate(null, null);
				return;
			}
			Set<EntityKey> keys = keys(change);
			updater.entitiesChanged(keys);
			reloadIndex();
			fire(new StatusChange(false, keys));
		} catch (Exception e) {
			ILog.of(SaintSession.class).error("Updating the statuses after a change of " + change + " failed", e);
		}
	}

	private static Set<EntityKey> keys(CrmChange change) {
		Set<EntityKey> keys = new LinkedHashSet<>();
		change.companyIds().forEach(id -> keys.add(new EntityKey(EntityType.COMPANY, id)));
		change.personIds().forEach(id -> keys.add(new EntityKey(EntityType.PERSON, id)));
		change.projectIds().forEach(id -> keys.add(new EntityKey(EntityType.PROJECT, id)));
		return keys;
	}

	private void statusesChangedElsewhere(StatusChange change) {
		try {
			reloadIndex();
			fire(change);
		} catch (SQLException e) {
			ILog.of(SaintSession.class).error("Reading the statuses after a notification failed", e);
		}
	}

	private void reloadIndex() throws SQLException {
		index = new StatusIndex(statusDatabase.signalledStatuses(null, null));
	}

	private void fire(StatusChange change) {
		for (Consumer<StatusChange> listener : listeners) {
			listener.accept(change);
		}
	}

	/** Stops listening and closes the database connections. */
	@Override
	public void close() {
		store.removeChangeListener(changeListener);
		if (notifications != null) {
			try {
				notifications.close();
			} catch (SQLException e) {
				ILog.of(SaintSession.class).warn("Closing the status listener failed: " + e.getMessage());
			}
		}
		store.close();
	}
}
