package no.saint.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import no.saint.evaluation.Criterion;
import no.saint.evaluation.CriterionText;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.Operator;
import no.saint.evaluation.PeriodUnit;
import no.saint.evaluation.RecordField;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.Source;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;
import no.saint.rules.translation.RulesTranslator;

/** The examples of the language page, translated, mean what their comments say. */
class LanguageExamplesMeaningTest {

	private static final RuleSet RULES = new RulesTranslator().translate(RulesTestSupport
			.model(RulesTestSupport.parse(RulesTestSupport.resource("resources/language-examples.saint"))));

	private static final CriterionText ENGLISH = new CriterionText(Locale.ENGLISH);
	private static final CriterionText NORWEGIAN = new CriterionText(Locale.of("nb"));

	private static StatusDefinition status(String name) {
		return RULES.status(name).orElseThrow();
	}

	@Test
	void neglectedCustomerCountsOutgoingActivitiesInQuarter() {
		StatusDefinition status = status("Forsømt kunde");
		Criterion expected = new Criterion.Comparison(new Measure.Count(Source.ACTIVITIES,
				new Filter.FieldIn(RecordField.ACTIVITY_DIRECTION, List.of("outgoing"), false),
				new Window.Last(90, PeriodUnit.DAYS)), Operator.LESS, BigDecimal.valueOf(2));

		assertEquals(expected, status.criterion());
		assertEquals("fewer than 2 outgoing activities in the last 90 days", ENGLISH.describe(status.criterion()));
		assertEquals("færre enn 2 utgående aktiviteter de siste 90 dagene", NORWEGIAN.describe(status.criterion()));
		assertEquals("phone", status.followUp().activityType());
		assertEquals(20, status.rank());
		assertTrue(status.visualize());
	}

	@Test
	void expensiveCustomerUsesHalfYear() {
		Criterion criterion = status("Dyr kunde").criterion();

		assertEquals("at least 10 activities with intent \"Marketing\" in the last 6 months and at most 1 sold sale"
				+ " in the last 6 months", ENGLISH.describe(criterion));
		assertEquals("appointment", status("Dyr kunde").followUp().activityType());
	}

	@Test
	void needsUpgradeHasNoOpenOrSoldSaleInTwoYears() {
		assertEquals("no open or sold sales in the last 2 years",
				ENGLISH.describe(status("Trenger oppgradering").criterion()));
	}

	@Test
	void manyRequestsInSixWeeks() {
		assertEquals("more than 5 requests in the last 6 weeks",
				ENGLISH.describe(status("Mange forespørsler").criterion()));
	}

	@Test
	void bigCustomerUsesAmountClassOrSum() {
		Criterion.Or criterion = (Criterion.Or) status("Storkunde").criterion();
		Measure.Count count = (Measure.Count) ((Criterion.Comparison) criterion.left()).measure();
		Filter.And filter = (Filter.And) count.filter();
		Filter.InAmountClass large = (Filter.InAmountClass) filter.right();

		assertEquals(BigDecimal.valueOf(10000), large.amountClass().lower());
		assertEquals(null, large.amountClass().upper());
		assertEquals("at least 3 sold sales in amount class large in the last 12 months or the total amount of sold"
				+ " sales in the last 12 months is at least 50000", ENGLISH.describe(criterion));
	}

	@Test
	void neglectedProjectCountsDaysSinceLastCompletedActivity() {
		StatusDefinition status = status("Forsømt prosjekt");

		assertEquals(EntityType.PROJECT, status.entityType());
		assertEquals("project status is ongoing and more than 14 days since the last completed activity",
				ENGLISH.describe(status.criterion()));
	}

	@Test
	void projectWithoutPlannedActivitiesLooksAhead() {
		assertEquals("project status is ongoing and no uncompleted activities in the next 365 days",
				ENGLISH.describe(status("Prosjekt uten planlagte aktiviteter").criterion()));
	}

	@Test
	void contactPersonUsesCompanyCategory() {
		StatusDefinition status = status("Kontaktperson uten oppfølging");

		assertEquals(EntityType.PERSON, status.entityType());
		assertEquals("no activities in the last 6 months and category of the person's company is \"A-kunde\"",
				ENGLISH.describe(status.criterion()));
	}

	@Test
	void unrankedStatusesFollowRankedOnesInFileOrder() {
		List<String> company = RULES.statusesFor(EntityType.COMPANY).stream().map(StatusDefinition::name).toList();

		assertEquals(List.of("Dyr kunde", "Forsømt kunde", "Sovende kunde", "Trenger oppgradering",
				"Mange forespørsler", "Storkunde"), company);
		assertEquals(31, status("Trenger oppgradering").rank());
		assertEquals(33, status("Storkunde").rank());
		assertFalse(status("Storkunde").explicitRank());
		assertEquals(6, status("Ulønnsomt prosjekt").rank());
	}

	@Test
	void amountClassesInFileOrder() {
		assertEquals(List.of("small", "medium", "large"),
				RULES.amountClasses().stream().map(no.saint.evaluation.AmountClass::name).toList());
	}
}
