package no.saint.rules.ui.quickfix;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.xtext.validation.Issue;

import no.saint.rules.ui.ParsedRules;

/**
 * Computes the quick fixes for the validator's issues from the parsed file.
 * It needs no display, so tests call it directly.
 */
public final class RulesQuickFixes {

	private static final Map<String, BiFunction<Issue, ParsedRules, List<RulesQuickFix>>> FIXES = Map.of();

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
}
