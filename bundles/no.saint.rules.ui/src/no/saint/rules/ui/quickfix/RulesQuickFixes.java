package no.saint.rules.ui.quickfix;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.validation.Issue;

import no.saint.rules.rules.Period;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.rules.RulesPackage.Literals;
import no.saint.rules.rules.Status;
import no.saint.rules.validation.RulesIssueCodes;
import no.saint.rules.ui.Messages;
import no.saint.rules.ui.ParsedRules;

/**
 * Computes the quick fixes for the validator's issues from the parsed file.
 * It needs no display, so tests call it directly.
 */
public final class RulesQuickFixes {

	/** The length a declared period gets; the user adapts it. */
	static final String NEW_PERIOD_LENGTH = "90 days";

	private static final Map<String, BiFunction<Issue, ParsedRules, List<RulesQuickFix>>> FIXES = Map.of(
			RulesIssueCodes.UNKNOWN_PERIOD, RulesQuickFixes::declarePeriod,
			RulesIssueCodes.DUPLICATE_RANK, RulesQuickFixes::useNextFreeRank,
			RulesIssueCodes.MISSING_FOLLOW_UP_TEXT, RulesQuickFixes::addFollowUpText,
			RulesIssueCodes.UNKNOWN_LIST_VALUE, RulesQuickFixes::useClosestListValue);

	private RulesQuickFixes() {
	}

	/** Returns whether issues with {@code code} have quick fixes. */
	public static boolean hasFixes(String code) {
		return code != null && FIXES.containsKey(code);
	}

	/** Returns the quick fixes for {@code issue}, best first; none when its code has no fixes. */
	public static List<RulesQuickFix> fixesFor(Issue issue, ParsedRules parsed) {
		BiFunction<Issue, ParsedRules, List<RulesQuickFix>> fixer = issue.getCode() == null ? null : FIXES.get(issue.getCode());
		return fixer == null ? List.of() : fixer.apply(issue, parsed);
	}

	/** Declares the unknown period after the last period, or after the {@code rules} line when there is none. */
	private static List<RulesQuickFix> declarePeriod(Issue issue, ParsedRules parsed) {
		String name = firstData(issue);
		if (name == null || !(parsed.resource().getContents().get(0) instanceof RulesFile file)) {
			return List.of();
		}
		List<Period> periods = file.getPeriods();
		INode anchor = periods.isEmpty()
				? NodeModelUtils.findNodesForFeature(file, Literals.RULES_FILE__NAME).stream().findFirst().orElse(null)
				: NodeModelUtils.findActualNodeFor(periods.get(periods.size() - 1));
		if (anchor == null) {
			return List.of();
		}
		String separator = periods.isEmpty() ? "\n\n" : "\n";
		String declaration = separator + "period " + name + " = " + NEW_PERIOD_LENGTH;
		return List.of(new RulesQuickFix(NLS.bind(Messages.RulesQuickFixes_declarePeriod, name),
				List.of(new ReplaceRegion(anchor.getEndOffset(), 0, declaration))));
	}

	/** Replaces a duplicate rank by the lowest higher rank that no status of the same entity type has. */
	private static List<RulesQuickFix> useNextFreeRank(Issue issue, ParsedRules parsed) {
		if (!(problemElement(issue, parsed) instanceof Status status) || !(status.eContainer() instanceof RulesFile file)) {
			return List.of();
		}
		Set<Integer> used = new HashSet<>();
		for (Status other : file.getStatuses()) {
			if (other.getEntity() == status.getEntity() && other.isExplicitRank()) {
				used.add(other.getRank());
			}
		}
		int rank = status.getRank() + 1;
		while (used.contains(rank)) {
			rank++;
		}
		String rankText = Integer.toString(rank);
		return List.of(new RulesQuickFix(NLS.bind(Messages.RulesQuickFixes_useRank, rankText),
				List.of(new ReplaceRegion(issue.getOffset(), issue.getLength(), rankText))));
	}

	/** Adds a placeholder text after the follow-up type, which the issue marks. */
	private static List<RulesQuickFix> addFollowUpText(Issue issue, ParsedRules parsed) {
		String text = " \"" + Messages.RulesQuickFixes_followUpPlaceholder + "\"";
		return List.of(new RulesQuickFix(Messages.RulesQuickFixes_addFollowUpText,
				List.of(new ReplaceRegion(issue.getOffset() + issue.getLength(), 0, text))));
	}

	/**
	 * Replaces an unknown list value by the known value with the smallest edit
	 * distance. The issue data contains the unknown value first, then the known values.
	 */
	private static List<RulesQuickFix> useClosestListValue(Issue issue, ParsedRules parsed) {
		String[] data = issue.getData();
		if (data == null || data.length < 2) {
			return List.of();
		}
		String unknown = data[0];
		String closest = Arrays.stream(data, 1, data.length)
				.min(Comparator.comparingInt((String known) -> editDistance(unknown.toLowerCase(), known.toLowerCase())))
				.orElseThrow();
		return List.of(new RulesQuickFix(NLS.bind(Messages.RulesQuickFixes_useListValue, closest),
				List.of(new ReplaceRegion(issue.getOffset(), issue.getLength(), "\"" + closest + "\""))));
	}

	private static EObject problemElement(Issue issue, ParsedRules parsed) {
		return issue.getUriToProblem() == null ? null : parsed.resource().getEObject(issue.getUriToProblem().fragment());
	}

	private static String firstData(Issue issue) {
		return issue.getData() == null || issue.getData().length == 0 ? null : issue.getData()[0];
	}

	/** Returns the Levenshtein distance: the fewest single-character insertions, deletions and substitutions from {@code a} to {@code b}. */
	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
