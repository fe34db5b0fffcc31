package no.saint.rules.tests;

import static no.saint.rules.tests.RulesTestSupport.describe;
import static no.saint.rules.tests.RulesTestSupport.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import no.saint.rules.validation.RulesIssueCodes;

/** One test per validation rule: a file that breaks it (with the marker's position) and one that keeps it. */
class RulesValidatorTest {

	private static final String HEADER = """
			rules "T"
			period kvartal = 90 days
			amount classes {
			    small = below 1000
			    large = from 1000
			}
			""";

	/** Wraps criterion text in a company status on line 8, after {@link #HEADER}. */
	private static String companyWhen(String criterion) {
		return HEADER + "status \"S\" for company {\n    when " + criterion + "\n}\n";
	}

	private static Issue single(String text, String code, Severity severity) {
		List<Issue> all = RulesTestSupport.validate(text);
		List<Issue> matching = withCode(all, code);
		assertEquals(1, matching.size(), "issues with code " + code + ":\n" + describe(all));
		assertEquals(severity, matching.get(0).getSeverity());
		return matching.get(0);
	}

	private static void assertAt(Issue issue, int line, int column, int length) {
		assertEquals(line, issue.getLineNumber(), "line of " + issue.getMessage());
		assertEquals(column, issue.getColumn(), "column of " + issue.getMessage());
		assertEquals(length, issue.getLength(), "length of " + issue.getMessage());
	}

	private static void assertNone(String text, String code) {
		List<Issue> all = RulesTestSupport.validate(text);
		assertTrue(withCode(all, code).isEmpty(), describe(all));
	}

	@Test
	void statusWithoutCriteria() {
		Issue issue = single(HEADER + "status \"Tom\" for company {\n    rank 1\n}\n", RulesIssueCodes.NO_CRITERIA,
				Severity.ERROR);

		assertAt(issue, 7, 8, 5);
		assertEquals("Status \"Tom\" has no criteria. Add a \"when\" line that says which entities get the status.",
				issue.getMessage());
		assertNone(companyWhen("count(requests) > 1"), RulesIssueCodes.NO_CRITERIA);
	}

	@Test
	void duplicateStatusName() {
		String text = HEADER + "status \"A\" for company { when count(requests) > 1 }\n"
				+ "status \"A\" for person { when count(requests) > 2 }\n";

		assertAt(single(text, RulesIssueCodes.DUPLICATE_STATUS, Severity.ERROR), 8, 8, 3);
		assertNone(text.replace("\"A\" for person", "\"B\" for person"), RulesIssueCodes.DUPLICATE_STATUS);
	}

	@Test
	void duplicateRankIsWarning() {
		String text = HEADER + "status \"A\" for company { rank 5 when count(requests) > 1 }\n"
				+ "status \"B\" for company { rank 5 when count(requests) > 2 }\n";

		assertAt(single(text, RulesIssueCodes.DUPLICATE_RANK, Severity.WARNING), 8, 31, 1);
		assertNone(text.replace("B\" for company", "B\" for project"), RulesIssueCodes.DUPLICATE_RANK);
	}

	@Test
	void duplicatePeriod() {
		String text = "rules \"T\"\nperiod p = 1 days\nperiod p = 2 days\n"
				+ "status \"S\" for company { when count(requests, p) > 1 }\n";

		assertAt(single(text, RulesIssueCodes.DUPLICATE_PERIOD, Severity.ERROR), 3, 8, 1);
	}

	@Test
	void duplicateAmountClass() {
		String text = "rules \"T\"\namount classes {\n small = below 10\n small = from 10\n}\n";

		assertAt(single(text, RulesIssueCodes.DUPLICATE_AMOUNT_CLASS, Severity.ERROR), 4, 2, 5);
	}

	@Test
	void countBelowZeroNeverTrue() {
		Issue issue = single(companyWhen("count(activities) < 0"), RulesIssueCodes.NEVER_TRUE, Severity.ERROR);

		assertAt(issue, 8, 10, 21);
		assertEquals("The condition \"count(activities) < 0\" can never be true. Check the operator and the number.",
				issue.getMessage());
		assertNone(companyWhen("count(activities) < 1"), RulesIssueCodes.NEVER_TRUE);
	}

	@Test
	void daysUntilNextBelowOneNeverTrue() {
		single(companyWhen("days until next(activities) < 1"), RulesIssueCodes.NEVER_TRUE, Severity.ERROR);
		assertNone(companyWhen("days until next(activities) < 2"), RulesIssueCodes.NEVER_TRUE);
	}

	@Test
	void countAtLeastZeroAlwaysTrue() {
		Issue issue = single(companyWhen("count(activities) >= 0"), RulesIssueCodes.ALWAYS_TRUE, Severity.WARNING);

		assertAt(issue, 8, 10, 22);
		assertNone(companyWhen("count(activities) >= 1"), RulesIssueCodes.ALWAYS_TRUE);
	}

	@Test
	void contradictionOnSameMeasure() {
		Issue issue = single(companyWhen("count(sales) > 5 and count(sales) < 3"), RulesIssueCodes.CONTRADICTION,
				Severity.ERROR);

		assertAt(issue, 8, 10, 37);
		assertNone(companyWhen("count(sales) > 5 and count(requests) < 3"), RulesIssueCodes.CONTRADICTION);
		assertNone(companyWhen("count(sales) > 2 and count(sales) < 5"), RulesIssueCodes.CONTRADICTION);
	}

	@Test
	void contradictionBetweenWholeNumbers() {
		single(companyWhen("count(sales) > 2 and count(sales) < 3"), RulesIssueCodes.CONTRADICTION, Severity.ERROR);
	}

	@Test
	void contradictionOnSameField() {
		String text = HEADER + "status \"P\" for project {\n    when project.status = ongoing and project.status = stopped\n}\n";

		single(text, RulesIssueCodes.CONTRADICTION, Severity.ERROR);
		assertNone(text.replace("= stopped", "in (ongoing, stopped)"), RulesIssueCodes.CONTRADICTION);
	}

	@Test
	void unreachableStatus() {
		Issue issue = single(companyWhen("count(sales) > 5 and count(sales) < 3"),
				RulesIssueCodes.UNREACHABLE_STATUS, Severity.WARNING);

		assertAt(issue, 7, 8, 3);
		assertNone(companyWhen("count(sales) > 5 and count(sales) < 3 or count(requests) > 1"),
				RulesIssueCodes.UNREACHABLE_STATUS);
	}

	@Test
	void unknownField() {
		Issue issue = single(companyWhen("company.colour = \"red\""), RulesIssueCodes.UNKNOWN_FIELD, Severity.ERROR);

		assertAt(issue, 8, 10, 14);
		assertTrue(issue.getMessage().startsWith("Unknown field \"company.colour\"."), issue.getMessage());
		assertNone(companyWhen("company.country = \"Norway\""), RulesIssueCodes.UNKNOWN_FIELD);
	}

	@Test
	void projectFieldInCompanyStatus() {
		Issue issue = single(companyWhen("project.status = ongoing"), RulesIssueCodes.FIELD_NOT_FOR_ENTITY,
				Severity.ERROR);

		assertAt(issue, 8, 10, 14);
		assertTrue(issue.getMessage().contains("\"project.status\" belongs to a project"), issue.getMessage());
		assertNone(HEADER + "status \"P\" for project { when project.status = ongoing }",
				RulesIssueCodes.FIELD_NOT_FOR_ENTITY);
	}

	@Test
	void amountClassOnActivities() {
		Issue issue = single(companyWhen("count(activities where amount class = large) > 1"),
				RulesIssueCodes.FILTER_NOT_FOR_SOURCE, Severity.ERROR);

		assertAt(issue, 8, 33, 20);
		assertNone(companyWhen("count(sales where amount class = large) > 1"), RulesIssueCodes.FILTER_NOT_FOR_SOURCE);
	}

	@Test
	void directionOnSales() {
		Issue issue = single(companyWhen("count(sales where direction = outgoing) > 1"),
				RulesIssueCodes.FILTER_NOT_FOR_SOURCE, Severity.ERROR);

		assertAt(issue, 8, 28, 9);
	}

	@Test
	void completedOnRequests() {
		single(companyWhen("count(requests where completed) > 1"), RulesIssueCodes.FILTER_NOT_FOR_SOURCE,
				Severity.ERROR);
		assertNone(companyWhen("count(activities where completed) > 1"), RulesIssueCodes.FILTER_NOT_FOR_SOURCE);
	}

	@Test
	void sumAmountOfActivities() {
		single(companyWhen("sum amount(activities) > 1"), RulesIssueCodes.MEASURE_NOT_FOR_SOURCE, Severity.ERROR);
		assertNone(companyWhen("sum amount(sales) > 1"), RulesIssueCodes.MEASURE_NOT_FOR_SOURCE);
	}

	@Test
	void unknownFixedValue() {
		Issue issue = single(companyWhen("count(activities where direction = outgoin) > 1"),
				RulesIssueCodes.UNKNOWN_VALUE, Severity.ERROR);

		assertAt(issue, 8, 45, 7);
		assertEquals("\"outgoin\" is not a valid direction. Use one of: incoming, outgoing, none.", issue.getMessage());
	}

	@Test
	void unknownPeriod() {
		Issue issue = single(companyWhen("count(activities, kvartall) > 1"), RulesIssueCodes.UNKNOWN_PERIOD,
				Severity.ERROR);

		assertAt(issue, 8, 28, 8);
		assertTrue(issue.getMessage().startsWith("Period \"kvartall\" is not declared."), issue.getMessage());
		assertNone(companyWhen("count(activities, kvartal) > 1"), RulesIssueCodes.UNKNOWN_PERIOD);
	}

	@Test
	void unknownAmountClass() {
		single(companyWhen("count(sales where amount class = huge) > 1"), RulesIssueCodes.UNKNOWN_AMOUNT_CLASS,
				Severity.ERROR);
	}

	@Test
	void unusedPeriodIsWarning() {
		Issue issue = single(companyWhen("count(activities) > 1"), RulesIssueCodes.UNUSED_PERIOD, Severity.WARNING);

		assertAt(issue, 2, 8, 7);
		assertNone(companyWhen("count(activities, kvartal) > 1"), RulesIssueCodes.UNUSED_PERIOD);
	}

	@Test
	void zeroAndNegativeWindows() {
		assertAt(single("rules \"T\"\nperiod p = 0 days\nstatus \"S\" for company { when count(sales, p) > 1 }",
				RulesIssueCodes.WINDOW_NOT_POSITIVE, Severity.ERROR), 2, 12, 1);
		assertAt(single(companyWhen("count(sales, last -3 days) > 1"), RulesIssueCodes.WINDOW_NOT_POSITIVE,
				Severity.ERROR), 8, 28, 2);
		single(companyWhen("count(sales, next 0 weeks) > 1"), RulesIssueCodes.WINDOW_NOT_POSITIVE, Severity.ERROR);
		assertNone(companyWhen("count(sales, last 3 days) > 1"), RulesIssueCodes.WINDOW_NOT_POSITIVE);
	}

	@Test
	void nextWindowOnCompletedRecords() {
		Issue issue = single(companyWhen("count(activities where completed, next 30 days) > 1"),
				RulesIssueCodes.NEXT_WINDOW_ON_COMPLETED, Severity.ERROR);

		assertAt(issue, 8, 44, 12);
		assertNone(companyWhen("count(activities where not completed, next 30 days) > 1"),
				RulesIssueCodes.NEXT_WINDOW_ON_COMPLETED);
	}

	@Test
	void unknownTemplateVariable() {
		String text = HEADER + "status \"S\" for company {\n    description \"Hei {company.name}, {project.name}\""
				+ "\n    when count(sales) > 1\n}\n";
		Issue issue = single(text, RulesIssueCodes.UNKNOWN_TEMPLATE_VARIABLE, Severity.ERROR);

		assertAt(issue, 8, 38, 14);
		assertNone(text.replace("{project.name}", "{company.owner}"), RulesIssueCodes.UNKNOWN_TEMPLATE_VARIABLE);
	}

	@Test
	void unitOnCount() {
		Issue issue = single(companyWhen("count(sales) > 2 weeks"), RulesIssueCodes.WRONG_UNIT, Severity.ERROR);

		assertAt(issue, 8, 27, 5);
	}

	@Test
	void monthsOnDaysMeasure() {
		single(companyWhen("days since last(activities) > 2 months"), RulesIssueCodes.WRONG_UNIT, Severity.ERROR);
		assertNone(companyWhen("days since last(activities) > 2 weeks"), RulesIssueCodes.WRONG_UNIT);
	}

	@Test
	void fractionalCount() {
		Issue issue = single(companyWhen("count(sales) > 2.5"), RulesIssueCodes.NOT_WHOLE_NUMBER, Severity.ERROR);

		assertAt(issue, 8, 25, 3);
		assertNone(companyWhen("sum amount(sales) > 2.5"), RulesIssueCodes.NOT_WHOLE_NUMBER);
	}

	@Test
	void overlappingAmountClasses() {
		String text = "rules \"T\"\namount classes {\n a = below 1000\n b = 500 to 2000\n c = from 2000\n}\n";
		Issue issue = single(text, RulesIssueCodes.OVERLAPPING_AMOUNT_CLASSES, Severity.ERROR);

		assertAt(issue, 4, 2, 15);
		assertNone(text.replace("500 to", "1000 to"), RulesIssueCodes.OVERLAPPING_AMOUNT_CLASSES);
	}

	@Test
	void gapBetweenAmountClasses() {
		String text = "rules \"T\"\namount classes {\n a = below 1000\n b = 1500 to 2000\n c = from 2000\n}\n";

		single(text, RulesIssueCodes.GAP_BETWEEN_AMOUNT_CLASSES, Severity.WARNING);
		assertNone(text.replace("1500 to", "1000 to"), RulesIssueCodes.GAP_BETWEEN_AMOUNT_CLASSES);
	}

	@Test
	void emptyAmountClass() {
		single("rules \"T\"\namount classes {\n a = 2000 to 1000\n}\n", RulesIssueCodes.EMPTY_AMOUNT_CLASS,
				Severity.ERROR);
	}

	@Test
	void missingFollowUpText() {
		String text = HEADER + "status \"S\" for company {\n    follow-up phone\n    when count(sales) > 1\n}\n";
		Issue issue = single(text, RulesIssueCodes.MISSING_FOLLOW_UP_TEXT, Severity.ERROR);

		assertAt(issue, 8, 15, 5);
		assertNone(text.replace("phone\n", "phone \"Ring\"\n"), RulesIssueCodes.MISSING_FOLLOW_UP_TEXT);
	}
}
