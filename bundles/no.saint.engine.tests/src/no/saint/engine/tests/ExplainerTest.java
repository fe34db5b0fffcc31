package no.saint.engine.tests;

import static no.saint.engine.tests.Fixtures.AS_OF;
import static no.saint.engine.tests.Fixtures.activity;
import static no.saint.engine.tests.Fixtures.compare;
import static no.saint.engine.tests.Fixtures.count;
import static no.saint.engine.tests.Fixtures.field;
import static no.saint.engine.tests.Fixtures.last;
import static no.saint.engine.tests.Fixtures.rules;
import static no.saint.engine.tests.Fixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import no.saint.engine.Evaluator;
import no.saint.engine.Explainer;
import no.saint.engine.Explanation;
import no.saint.engine.tests.Fixtures.Entity;
import no.saint.evaluation.Criterion;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.Operator;
import no.saint.evaluation.PeriodUnit;
import no.saint.evaluation.RecordField;
import no.saint.evaluation.Source;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;

class ExplainerTest {

	private static final Locale NORWEGIAN = Locale.of("nb", "NO");

	private final StatusDefinition neglected = status("Neglected customer", EntityType.COMPANY, 20,
			compare(count(Source.ACTIVITIES, field(RecordField.ACTIVITY_DIRECTION, "outgoing"), last(90, PeriodUnit.DAYS)),
					Operator.LESS, 2));
	private final Entity busy = Entity.company(1, "Acme").activity(activity(AS_OF, "outgoing"))
			.activity(activity(AS_OF.minusDays(1), "outgoing")).activity(activity(AS_OF.minusDays(2), "outgoing"));

	private Explanation explain(StatusDefinition status, Entity entity, Locale locale) {
		return new Explainer(locale).explain(new Evaluator(rules(status), AS_OF), entity.build(), status);
	}

	@Test
	void countInEnglish() {
		Explanation explanation = explain(neglected, busy, Locale.ENGLISH);

		assertFalse(explanation.matches());
		assertEquals(1, explanation.criteria().size());
		assertEquals("3 outgoing activities in the last 90 days, limit: fewer than 2", explanation.criteria().get(0).text());
		assertFalse(explanation.criteria().get(0).holds());
	}

	@Test
	void countInNorwegian() {
		Explanation explanation = explain(neglected, busy, NORWEGIAN);

		assertEquals("3 utg\u00e5ende aktiviteter de siste 90 dagene, grense: f\u00e6rre enn 2",
				explanation.criteria().get(0).text());
	}

	@Test
	void neglectedProjectWithoutActivities() {
		Criterion ongoing = new Criterion.FieldIn("project.status", List.of("ongoing"), false);
		Criterion stale = new Criterion.Comparison(new Measure.DaysSinceLast(Source.ACTIVITIES, new Filter.Completed()),
				Operator.GREATER, java.math.BigDecimal.valueOf(14));
		StatusDefinition status = status("Neglected project", EntityType.PROJECT, 5, new Criterion.And(ongoing, stale));
		Entity project = new Entity(EntityType.PROJECT, 7, "Upgrade").field("project.status", "ongoing");

		Explanation english = explain(status, project, Locale.ENGLISH);
		Explanation norwegian = explain(status, project, NORWEGIAN);

		assertTrue(english.matches());
		assertEquals("project.status is ongoing, required: ongoing", english.criteria().get(0).text());
		assertEquals("no completed activities at all, limit: more than 14", english.criteria().get(1).text());
		assertEquals("project.status er ongoing, krav: ongoing", norwegian.criteria().get(0).text());
		assertEquals("ingen fullf\u00f8rte aktiviteter i det hele tatt, grense: mer enn 14", norwegian.criteria().get(1).text());
	}

	@Test
	void filterWithoutAdjectiveUsesRulesSyntax() {
		Measure sum = new Measure.SumAmount(Source.SALES,
				new Filter.And(field(RecordField.SALE_STATUS, "sold"), field(RecordField.SALE_STATUS, "open", "lost")),
				new Window.Last(1, PeriodUnit.YEARS));
		StatusDefinition status = status("Big", EntityType.COMPANY, 1,
				new Criterion.Not(compare(sum, Operator.GREATER_OR_EQUAL, 50_000)));

		Explanation explanation = explain(status, Entity.company(1, "Acme"), Locale.ENGLISH);

		assertEquals("total amount 0 of sales where status = sold and status in (open, lost) in the last year,"
				+ " limit: at least 50000", explanation.criteria().get(0).text());
		assertTrue(explanation.criteria().get(0).negated());
		assertTrue(explanation.matches());
	}
}
