package no.saint.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.quickfix.RulesQuickFix;
import no.saint.rules.ui.quickfix.RulesQuickFixes;
import no.saint.rules.validation.RulesIssueCodes;

class RulesQuickFixesTest {

	private static final String HEADER = "rules \"Test\"\n";

	@Test
	void unknownPeriodIsDeclaredAfterLastPeriod() {
		String text = HEADER + "period kvartal = 90 days\n"
				+ "status \"A\" for company {\n    when count(activities, halvaar) = 0\n}\n";

		String fixed = applyOnlyFix(text, RulesIssueCodes.UNKNOWN_PERIOD);

		assertEquals(HEADER + "period kvartal = 90 days\nperiod halvaar = 90 days\n"
				+ "status \"A\" for company {\n    when count(activities, halvaar) = 0\n}\n", fixed);
	}

	@Test
	void unknownPeriodIsDeclaredAfterRulesLine() {
		String text = HEADER + "status \"A\" for company {\n    when count(activities, kvartal) = 0\n}\n";

		String fixed = applyOnlyFix(text, RulesIssueCodes.UNKNOWN_PERIOD);

		assertTrue(fixed.startsWith(HEADER.strip() + "\n\nperiod kvartal = 90 days\n"), fixed);
		assertEquals(List.of(), issues(fixed));
	}

	@Test
	void duplicateRankGetsNextFreeRank() {
		String text = HEADER
				+ "status \"A\" for company {\n    rank 10\n    when count(sales) = 0\n}\n"
				+ "status \"B\" for company {\n    rank 11\n    when count(sales) = 1\n}\n"
				+ "status \"C\" for company {\n    rank 10\n    when count(sales) = 2\n}\n";

		String fixed = applyOnlyFix(text, RulesIssueCodes.DUPLICATE_RANK);

		assertTrue(fixed.contains("status \"C\" for company {\n    rank 12\n"), fixed);
		assertEquals(List.of(), issues(fixed));
	}

	@Test
	void missingFollowUpTextGetsPlaceholder() {
		String text = HEADER + "status \"A\" for company {\n    follow-up phone\n    when count(sales) = 0\n}\n";

		String fixed = applyOnlyFix(text, RulesIssueCodes.MISSING_FOLLOW_UP_TEXT);

		assertTrue(fixed.contains("follow-up phone \"" + no.saint.rules.ui.Messages.RulesQuickFixes_followUpPlaceholder + "\"\n"), fixed);
		assertEquals(List.of(), issues(fixed));
	}

	@Test
	void unknownListValueGetsClosestValue() {
		String text = HEADER + "status \"A\" for company {\n    when company.category = \"A-kude\"\n}\n";
		int offset = text.indexOf("\"A-kude\"");
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(RulesIssueCodes.UNKNOWN_LIST_VALUE);
		issue.setOffset(offset);
		issue.setLength("\"A-kude\"".length());
		issue.setData(new String[] { "A-kude", "B-kunde", "A-kunde", "Prospekt" });

		List<RulesQuickFix> fixes = RulesQuickFixes.fixesFor(issue, ParsedRules.parse(text, ParsedRules.UNSAVED_URI));

		assertEquals(1, fixes.size());
		assertTrue(apply(text, fixes.get(0)).contains("company.category = \"A-kunde\"\n"));
	}

	private static List<Issue> issues(String text) {
		return ParsedRules.parse(text, ParsedRules.UNSAVED_URI).validate(null).stream()
				.filter(issue -> issue.getSeverity() != org.eclipse.xtext.diagnostics.Severity.INFO)
				.toList();
	}

	/** Validates the text, checks that exactly one issue has {@code code}, and applies its only fix. */
	private static String applyOnlyFix(String text, String code) {
		ParsedRules parsed = ParsedRules.parse(text, ParsedRules.UNSAVED_URI);
		List<Issue> matching = parsed.validate(null).stream().filter(issue -> code.equals(issue.getCode())).toList();
		assertEquals(1, matching.size(), "issues with code " + code + " in:\n" + text);
		List<RulesQuickFix> fixes = RulesQuickFixes.fixesFor(matching.get(0), parsed);
		assertEquals(1, fixes.size(), "fixes for " + matching.get(0));
		return apply(text, fixes.get(0));
	}

	private static String apply(String text, RulesQuickFix fix) {
		StringBuilder result = new StringBuilder(text);
		List<ReplaceRegion> replacements = fix.replacements().stream()
				.sorted(Comparator.comparingInt(ReplaceRegion::getOffset).reversed())
				.toList();
		for (ReplaceRegion replacement : replacements) {
			result.replace(replacement.getOffset(), replacement.getEndOffset(), replacement.getText());
		}
		return result.toString();
	}
}
