package no.saint.engine;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import no.saint.evaluation.Criterion;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;

/**
 * Explains a status for an entity in English or Norwegian, for example
 * "3 outgoing activities in the last 90 days, limit: fewer than 2". The
 * texts come from {@code no/saint/engine/explanations*.properties}.
 */
public final class Explainer {

	private final ResourceBundle texts;
	private final Locale locale;

	public Explainer(Locale locale) {
		// Without the fallback to the JVM's default locale, English stays English on a Norwegian desktop.
		this.texts = ResourceBundle.getBundle("no.saint.engine.explanations", locale, Explainer.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.locale = texts.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : texts.getLocale();
	}

	/** Explains {@code status} for {@code entity}, computing the counters it needs with {@code evaluator}. */
	public Explanation explain(Evaluator evaluator, EntitySnapshot entity, StatusDefinition status) {
		Map<Measure, CounterValue> counters = evaluator.evaluate(entity).counters();
		List<CriterionExplanation> criteria = new ArrayList<>();
		collect(status.criterion(), false, evaluator, entity, counters, criteria);
		boolean matches = evaluator.holds(status.criterion(), entity, counters);
		return new Explanation(entity.key(), entity.name(), status.name(), matches, criteria);
	}

	private void collect(Criterion criterion, boolean negated, Evaluator evaluator, EntitySnapshot entity,
			Map<Measure, CounterValue> counters, List<CriterionExplanation> criteria) {
		switch (criterion) {
		case Criterion.And and -> {
			collect(and.left(), negated, evaluator, entity, counters, criteria);
			collect(and.right(), negated, evaluator, entity, counters, criteria);
		}
		case Criterion.Or or -> {
			collect(or.left(), negated, evaluator, entity, counters, criteria);
			collect(or.right(), negated, evaluator, entity, counters, criteria);
		}
		case Criterion.Not not -> collect(not.operand(), !negated, evaluator, entity, counters, criteria);
		case Criterion.Comparison comparison -> {
			CounterValue value = counters.getOrDefault(comparison.measure(), evaluator.measure(entity, comparison.measure()));
			boolean holds = value.satisfies(comparison.operator(), comparison.threshold());
			criteria.add(new CriterionExplanation(comparison, comparisonText(comparison, value), holds, negated));
		}
		case Criterion.FieldIn fieldIn -> {
			boolean holds = Evaluator.fieldHolds(fieldIn, entity);
			criteria.add(new CriterionExplanation(fieldIn, fieldText(fieldIn, entity.fields().get(fieldIn.path())),
					holds, negated));
		}
		}
	}

	/** Returns the sentence for {@code comparison} with the counter's {@code value}. */
	public String comparisonText(Criterion.Comparison comparison, CounterValue value) {
		Measure measure = comparison.measure();
		String limitKind = measure instanceof Measure.Count ? "count" : "quantity";
		String limit = text("limit." + limitKind + "." + comparison.operator().name(), number(comparison.threshold()));
		return text("criterion", measureText(measure, value), limit);
	}

	/** Returns the value part of a comparison, such as "3 outgoing activities in the last 90 days". */
	public String measureText(Measure measure, CounterValue value) {
		String source = measure.source().name().toLowerCase(Locale.ROOT);
		return switch (measure) {
		case Measure.Count count -> join(text("measure.count", number(value.number()),
				records(source, measure.filter(), value.number().intValue())), windowText(count.window()));
		case Measure.SumAmount sum -> join(text("measure.sum", number(value.number()),
				records(source, measure.filter(), 2)), windowText(sum.window()));
		case Measure.DaysSinceLast since -> value.isInfinite()
				? text("measure.since.none", records(source, measure.filter(), 2))
				: text("measure.since", number(value.number()), records(source, measure.filter(), 1));
		case Measure.DaysUntilNext until -> value.isInfinite()
				? text("measure.until.none", records(source, measure.filter(), 2))
				: text("measure.until", number(value.number()), records(source, measure.filter(), 1));
		};
	}

	/** Returns the sentence for a field test, such as "project.status is ongoing, required: ongoing". */
	public String fieldText(Criterion.FieldIn fieldIn, String value) {
		String required = String.join(", ", fieldIn.values());
		String requirement = text(fieldIn.negated() ? "field.requirement.not" : "field.requirement", required);
		String actual = value == null ? text("field.missing", fieldIn.path()) : text("field.value", fieldIn.path(), value);
		return text("criterion.field", actual, requirement);
	}

	/**
	 * Returns the records a measure counts, in words: an adjective for the
	 * common single-value filters ("outgoing activities"), otherwise the
	 * filter in rules syntax ("activities where type = phone").
	 */
	private String records(String source, Filter filter, int count) {
		String noun = text("noun." + source, count);
		String adjectiveKey = adjectiveKey(filter);
		if (adjectiveKey != null && texts.containsKey(adjectiveKey)) {
			return text("records.adjective", texts.getString(adjectiveKey), noun);
		}
		if (filter instanceof Filter.Any) {
			return noun;
		}
		return text("records.where", noun, RulesSyntax.filter(filter));
	}

	private static String adjectiveKey(Filter filter) {
		return switch (filter) {
		case Filter.Completed completed -> "adjective.completed";
		case Filter.Not not when not.operand() instanceof Filter.Completed -> "adjective.notCompleted";
		case Filter.FieldIn fieldIn when fieldIn.values().size() == 1 && !fieldIn.negated() ->
			"adjective." + RulesSyntax.fieldName(fieldIn.field()) + "." + fieldIn.values().get(0).toLowerCase(Locale.ROOT);
		default -> null;
		};
	}

	private String windowText(Window window) {
		return switch (window) {
		case Window.AllTime all -> "";
		case Window.Last last -> text("window.last." + last.unit().name(), last.amount());
		case Window.Next next -> text("window.next." + next.unit().name(), next.amount());
		};
	}

	private static String join(String measure, String window) {
		return window.isEmpty() ? measure : measure + " " + window;
	}

	private String number(BigDecimal number) {
		return number == null ? "\u221e" : number.stripTrailingZeros().toPlainString();
	}

	private String text(String key, Object... arguments) {
		try {
			return new MessageFormat(texts.getString(key), locale).format(arguments);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("Missing explanation text '" + key + "' for locale " + locale, e);
		}
	}
}
