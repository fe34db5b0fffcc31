package no.saint.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import no.saint.evaluation.AmountClass;
import no.saint.evaluation.Criterion;
import no.saint.evaluation.CriterionText;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.Operator;
import no.saint.evaluation.PeriodUnit;
import no.saint.evaluation.RecordField;
import no.saint.evaluation.Source;
import no.saint.evaluation.Window;

class CriterionTextTest {

	private static final CriterionText ENGLISH = new CriterionText(Locale.ENGLISH);
	private static final CriterionText NORWEGIAN = new CriterionText(Locale.of("nb", "NO"));

	private static final Filter OUTGOING = new Filter.FieldIn(RecordField.ACTIVITY_DIRECTION, List.of("outgoing"), false);

	private static final Criterion FEW_OUTGOING = new Criterion.Comparison(
			new Measure.Count(Source.ACTIVITIES, OUTGOING, new Window.Last(90, PeriodUnit.DAYS)), Operator.LESS,
			BigDecimal.valueOf(2));

	@Test
	void countInEnglish() {
		assertEquals("fewer than 2 outgoing activities in the last 90 days", ENGLISH.describe(FEW_OUTGOING));
	}

	@Test
	void countInNorwegian() {
		assertEquals("færre enn 2 utgående aktiviteter de siste 90 dagene", NORWEGIAN.describe(FEW_OUTGOING));
	}

	@Test
	void oldNorwegianLanguageCodeGivesBokmal() {
		assertEquals("færre enn 2 utgående aktiviteter de siste 90 dagene",
				new CriterionText(Locale.of("no", "NO")).describe(FEW_OUTGOING));
	}

	@Test
	void otherLocaleGivesEnglish() {
		assertEquals("fewer than 2 outgoing activities in the last 90 days",
				new CriterionText(Locale.GERMAN).describe(FEW_OUTGOING));
	}

	@Test
	void zeroCountReadsAsNone() {
		Filter openOrSold = new Filter.FieldIn(RecordField.SALE_STATUS, List.of("open", "sold"), false);
		Criterion criterion = new Criterion.Comparison(
				new Measure.Count(Source.SALES, openOrSold, new Window.Last(2, PeriodUnit.YEARS)), Operator.EQUAL,
				BigDecimal.ZERO);

		assertEquals("no open or sold sales in the last 2 years", ENGLISH.describe(criterion));
		assertEquals("ingen åpne eller solgte salg de siste 2 årene", NORWEGIAN.describe(criterion));
	}

	@Test
	void singularCount() {
		Filter sold = new Filter.FieldIn(RecordField.SALE_STATUS, List.of("sold"), false);
		Criterion criterion = new Criterion.Comparison(
				new Measure.Count(Source.SALES, sold, new Window.Last(6, PeriodUnit.MONTHS)), Operator.LESS_OR_EQUAL,
				BigDecimal.ONE);

		assertEquals("at most 1 sold sale in the last 6 months", ENGLISH.describe(criterion));
		assertEquals("høyst 1 solgt salg de siste 6 månedene", NORWEGIAN.describe(criterion));
	}

	@Test
	void listValueQualifier() {
		Filter marketing = new Filter.FieldIn(RecordField.ACTIVITY_INTENT, List.of("Marketing"), false);
		Criterion criterion = new Criterion.Comparison(
				new Measure.Count(Source.ACTIVITIES, marketing, new Window.Last(6, PeriodUnit.MONTHS)),
				Operator.GREATER_OR_EQUAL, BigDecimal.TEN);

		assertEquals("at least 10 activities with intent \"Marketing\" in the last 6 months",
				ENGLISH.describe(criterion));
		assertEquals("minst 10 aktiviteter med formål \"Marketing\" de siste 6 månedene",
				NORWEGIAN.describe(criterion));
	}

	@Test
	void daysSinceLastCompleted() {
		Criterion criterion = new Criterion.Comparison(new Measure.DaysSinceLast(Source.ACTIVITIES,
				new Filter.Completed()), Operator.GREATER, BigDecimal.valueOf(14));

		assertEquals("more than 14 days since the last completed activity", ENGLISH.describe(criterion));
		assertEquals("flere enn 14 dager siden siste fullførte aktivitet", NORWEGIAN.describe(criterion));
	}

	@Test
	void sumWithAmountClassAndField() {
		AmountClass large = new AmountClass("large", BigDecimal.valueOf(10000), null);
		Filter soldLarge = new Filter.And(new Filter.FieldIn(RecordField.SALE_STATUS, List.of("sold"), false),
				new Filter.InAmountClass(large));
		Criterion sum = new Criterion.Comparison(
				new Measure.SumAmount(Source.SALES, soldLarge, new Window.Last(12, PeriodUnit.MONTHS)),
				Operator.GREATER_OR_EQUAL, BigDecimal.valueOf(50000));
		Criterion ongoing = new Criterion.FieldIn("project.status", List.of("ongoing"), false);

		assertEquals("the total amount of sold sales in amount class large in the last 12 months is at least 50000"
				+ " and project status is ongoing", ENGLISH.describe(new Criterion.And(sum, ongoing)));
		assertEquals("samlet beløp for solgte salg i beløpsklassen large de siste 12 månedene er minst 50000"
				+ " og prosjektstatus er pågående", NORWEGIAN.describe(new Criterion.And(sum, ongoing)));
	}

	@Test
	void orInsideAndGetsParentheses() {
		Criterion a = new Criterion.FieldIn("project.status", List.of("completed", "stopped"), false);
		Criterion b = new Criterion.FieldIn("project.type", List.of("Intern"), true);
		Criterion c = new Criterion.FieldIn("project.owner", List.of("Ola"), false);

		assertEquals("(project status is completed or stopped or project type is not \"Intern\")"
				+ " and project owner is \"Ola\"", ENGLISH.describe(new Criterion.And(new Criterion.Or(a, b), c)));
	}

	@Test
	void complexFilterFallsBackToWhere() {
		Filter phoneOrOutgoing = new Filter.Or(
				new Filter.FieldIn(RecordField.ACTIVITY_TYPE, List.of("phone"), false), OUTGOING);
		Measure measure = new Measure.Count(Source.ACTIVITIES, phoneOrOutgoing, new Window.AllTime());

		assertEquals("activities where type is phone call or direction is outgoing", ENGLISH.describe(measure));
		assertEquals("aktiviteter der type er telefon eller retning er utgående", NORWEGIAN.describe(measure));
	}

	@Test
	void windows() {
		assertEquals("in the next 365 days", ENGLISH.describe(new Window.Next(365, PeriodUnit.DAYS)));
		assertEquals("den siste uken", NORWEGIAN.describe(new Window.Last(1, PeriodUnit.WEEKS)));
		assertEquals("", ENGLISH.describe(new Window.AllTime()));
	}
}
