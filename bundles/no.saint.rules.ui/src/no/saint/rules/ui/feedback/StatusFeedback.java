package no.saint.rules.ui.feedback;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import no.saint.evaluation.CriterionText;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.StatusDefinition;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.rules.RulesPackage;
import no.saint.rules.rules.Status;
import no.saint.rules.translation.RulesTranslator;
import no.saint.rules.ui.Messages;
import no.saint.rules.ui.ParsedRules;

/**
 * Tracks the optional {@link StatusFeedbackService} and turns its answers
 * into editor text. Every method returns "nothing to show" while no service
 * is registered.
 *
 * <p>Counts are cached per status definition and date, so a hover or a code
 * mining of an unchanged status does not scan the database again. Saving a
 * rules file clears the cache ({@link #forgetCounts()}), because the data
 * may have changed since.
 */
public final class StatusFeedback {

	private static ServiceTracker<StatusFeedbackService, StatusFeedbackService> tracker;

	private static final Map<CountKey, Long> COUNTS = new HashMap<>();

	/**
	 * A cached count. The status definition is a value, so an edited status is
	 * a new key; its line is left out, so that moving a status keeps its count.
	 */
	private record CountKey(StatusDefinition status, LocalDate asOf) {

		static CountKey of(StatusDefinition status, LocalDate asOf) {
			StatusDefinition withoutLine = new StatusDefinition(status.name(), status.entityType(), status.rank(),
					status.explicitRank(), status.image(), status.visualize(), status.description(), status.followUp(),
					status.criterion(), 0);
			return new CountKey(withoutLine, asOf);
		}
	}

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
	public static StatusFeedbackService connectedService() {
		StatusFeedbackService service;
		synchronized (StatusFeedback.class) {
			service = tracker == null ? null : tracker.getService();
		}
		return service != null && service.isConnected() ? service : null;
	}

	/** Clears the cached counts, so that the next request counts in the database again. */
	public static void forgetCounts() {
		synchronized (COUNTS) {
			COUNTS.clear();
		}
	}

	/**
	 * Translates the parsed file into the evaluation model, or returns
	 * {@code null} when the file is too broken to translate.
	 */
	public static RuleSet translate(ParsedRules parsed) {
		if (parsed.resource().getContents().isEmpty()
				|| !(parsed.resource().getContents().get(0) instanceof RulesFile file)) {
			return null;
		}
		try {
			return new RulesTranslator().translate(file);
		} catch (IllegalArgumentException e) {
			// NOTE: the translator rejects the whole file while any status has an
			// unresolved reference or a missing part, so no status shows a count then.
			return null;
		}
	}

	/** Returns the status whose name contains {@code offset}, or {@code null}. */
	public static Status statusNamedAt(ParsedRules parsed, int offset) {
		if (parsed.resource().getContents().isEmpty()
				|| !(parsed.resource().getContents().get(0) instanceof RulesFile file)) {
			return null;
		}
		for (Status status : file.getStatuses()) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(status, RulesPackage.Literals.STATUS__NAME);
			for (INode node : nodes) {
				if (node.getOffset() <= offset && offset <= node.getEndOffset()) {
					return status;
				}
			}
		}
		return null;
	}

	/**
	 * Returns the number of entities that each status of {@code rules} matches
	 * as of {@code asOf}, counting in the database only the statuses that are
	 * not cached.
	 */
	public static Map<String, Long> countMatches(StatusFeedbackService service, RuleSet rules, LocalDate asOf,
			IProgressMonitor monitor) throws CoreException {
		Map<String, Long> counts = new HashMap<>();
		List<StatusDefinition> uncounted = new java.util.ArrayList<>();
		synchronized (COUNTS) {
			for (StatusDefinition status : rules.statuses()) {
				Long count = COUNTS.get(CountKey.of(status, asOf));
				if (count == null) {
					uncounted.add(status);
				} else {
					counts.put(status.name(), count);
				}
			}
		}
		if (uncounted.isEmpty()) {
			return counts;
		}

		RuleSet subset = new RuleSet(rules.name(), uncounted, rules.amountClasses());
		Map<String, Long> counted = service.countMatches(subset, asOf, monitor);
		synchronized (COUNTS) {
			for (StatusDefinition status : uncounted) {
				long count = counted.getOrDefault(status.name(), 0L);
				COUNTS.put(CountKey.of(status, asOf), count);
				counts.put(status.name(), count);
			}
		}
		return counts;
	}

	/** Formats a count for the editor: "12 matches as of 4 Dec 2026". */
	public static String formatMatches(long count, LocalDate asOf) {
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault()).format(asOf);
		return new MessageFormat(Messages.StatusFeedback_matches, Locale.getDefault()).format(new Object[] { count, date });
	}

	/**
	 * Returns the hover lines of the status named at {@code offset}: its
	 * criterion in words and, when a database is connected, its current
	 * number of matches. Returns {@code null} when the offset is on no status
	 * name or the file cannot be translated.
	 */
	public static String describeMatches(ParsedRules parsed, int offset) {
		Status named = statusNamedAt(parsed, offset);
		if (named == null) {
			return null;
		}
		RuleSet rules = translate(parsed);
		StatusDefinition status = rules == null ? null : rules.status(named.getName()).orElse(null);
		if (status == null) {
			return null;
		}

		StringBuilder text = new StringBuilder();
		if (status.criterion() != null) {
			String criterion = new CriterionText(Locale.getDefault()).describe(status.criterion());
			text.append(MessageFormat.format(Messages.StatusFeedback_criterion, criterion));
		}
		StatusFeedbackService service = connectedService();
		if (service != null) {
			LocalDate today = LocalDate.now();
			try {
				RuleSet single = new RuleSet(rules.name(), List.of(status), rules.amountClasses());
				long count = countMatches(service, single, today, new NullProgressMonitor()).getOrDefault(status.name(), 0L);
				appendLine(text, formatMatches(count, today));
			} catch (CoreException e) {
				ILog.of(StatusFeedback.class).log(e.getStatus());
				appendLine(text, Messages.StatusFeedback_countFailed);
			}
		}
		return text.isEmpty() ? null : text.toString();
	}

	private static void appendLine(StringBuilder text, String line) {
		if (!text.isEmpty()) {
			text.append("\n\n");
		}
		text.append(line);
	}
}
