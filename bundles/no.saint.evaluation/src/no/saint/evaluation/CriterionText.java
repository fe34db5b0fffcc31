package no.saint.evaluation;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Explains criteria, measures, filters and windows in words, in English or
 * Norwegian Bokmål, for example "fewer than 2 outgoing activities in the last
 * 90 days" or "færre enn 2 utgående aktiviteter de siste 90 dagene". The
 * texts come from {@code criterion-text.properties} and its {@code _nb}
 * variant; Norwegian locales ({@code no}, {@code nb}, {@code nn}) get Bokmål,
 * every other locale English.
 */
public final class CriterionText {

	private static final String BUNDLE = "no.saint.evaluation.criterion-text";

	private final Locale locale;
	private final ResourceBundle texts;

	public CriterionText(Locale locale) {
		this.locale = isNorwegian(locale) ? Locale.of("nb") : Locale.ENGLISH;
		this.texts = ResourceBundle.getBundle(BUNDLE, this.locale, CriterionText.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	private static boolean isNorwegian(Locale locale) {
		String language = locale.getLanguage();
		return language.equals("nb") || language.equals("no") || language.equals("nn");
	}

	/** Returns the locale of the texts: English or Norwegian Bokmål. */
	public Locale locale() {
		return locale;
	}

	/** Describes a criterion as one phrase, such as "project status is ongoing and ...". */
	public String describe(Criterion criterion) {
		return switch (criterion) {
		case Criterion.Comparison comparison -> describeComparison(comparison);
		case Criterion.FieldIn field -> describeField(field);
		case Criterion.And and -> format("criterion.and", operand(and.left(), false), operand(and.right(), false));
		case Criterion.Or or -> format("criterion.or", operand(or.left(), true), operand(or.right(), true));
		case Criterion.Not not -> format("criterion.not", describe(not.operand()));
		};
	}

	/** Wraps an {@code or} inside an {@code and} in parentheses, so the grouping survives in words. */
	private String operand(Criterion criterion, boolean insideOr) {
		String text = describe(criterion);
		boolean needsParentheses = criterion instanceof Criterion.Or && !insideOr;
		return needsParentheses ? "(" + text + ")" : text;
	}

	private String describeComparison(Criterion.Comparison comparison) {
		Measure measure = comparison.measure();
		Operator operator = comparison.operator();
		BigDecimal threshold = comparison.threshold();
		boolean one = threshold.compareTo(BigDecimal.ONE) == 0;

		return switch (measure) {
		case Measure.Count count -> {
			String records = join(describeRecords(count.source(), count.filter(), one), describe(count.window()));
			boolean none = operator == Operator.EQUAL && threshold.signum() == 0;
			yield none ? format("count.none", records) : format("count." + operator, number(threshold), records);
		}
		case Measure.SumAmount sum -> format("sum", join(describeRecords(sum.source(), sum.filter(), false),
				describe(sum.window())), format("amount." + operator, number(threshold)));
		case Measure.DaysSinceLast since -> format("daysSince", format("count." + operator, number(threshold),
				text(one ? "days.one" : "days.many")), describeDefiniteRecord(since.source(), since.filter()));
		case Measure.DaysUntilNext until -> format("daysUntil", format("count." + operator, number(threshold),
				text(one ? "days.one" : "days.many")), describeDefiniteRecord(until.source(), until.filter()));
		};
	}

	private String describeField(Criterion.FieldIn field) {
		String name = textOr("field." + field.path(), field.path());
		List<String> values = new ArrayList<>();
		for (String value : field.values()) {
			values.add(textOr("value." + field.path() + "." + value, quote(value)));
		}
		return format(field.negated() ? "field.isNot" : "field.is", name, alternatives(values));
	}

	/**
	 * Describes a measure: "outgoing activities in the last 90 days" for a
	 * count, "the total amount of sold sales" for a sum, "days since the last
	 * completed activity" for the day measures.
	 */
	public String describe(Measure measure) {
		return switch (measure) {
		case Measure.Count count -> join(describeRecords(count.source(), count.filter(), false), describe(count.window()));
		case Measure.SumAmount sum -> format("sum.measure",
				join(describeRecords(sum.source(), sum.filter(), false), describe(sum.window())));
		case Measure.DaysSinceLast since -> format("daysSince", text("days.many"),
				describeDefiniteRecord(since.source(), since.filter())).strip();
		case Measure.DaysUntilNext until -> format("daysUntil", text("days.many"),
				describeDefiniteRecord(until.source(), until.filter())).strip();
		};
	}

	/** Describes a window: "in the last 90 days", "in the next 2 weeks", or "" for all time. */
	public String describe(Window window) {
		return switch (window) {
		case Window.AllTime all -> "";
		case Window.Last last -> windowText("window.last", last.amount(), last.unit());
		case Window.Next next -> windowText("window.next", next.amount(), next.unit());
		};
	}

	private String windowText(String prefix, int amount, PeriodUnit unit) {
		String key = prefix + "." + unit + (amount == 1 ? ".one" : ".many");
		return format(key, Integer.toString(amount));
	}

	/** Describes a filter as a condition: "direction is outgoing and intent is "Marketing"". */
	public String describe(Filter filter) {
		return switch (filter) {
		case Filter.Any any -> text("filter.any");
		case Filter.And and -> format("criterion.and", filterOperand(and.left(), false), filterOperand(and.right(), false));
		case Filter.Or or -> format("criterion.or", filterOperand(or.left(), true), filterOperand(or.right(), true));
		case Filter.Not not -> format("criterion.not", describe(not.operand()));
		case Filter.Completed completed -> text("filter.completed");
		case Filter.FieldIn field -> format(field.negated() ? "field.isNot" : "field.is",
				text("recordField." + field.field()), alternatives(recordValues(field)));
		case Filter.AmountCompare amount -> format("filter.amount", format("amount." + amount.operator(),
				number(amount.amount())));
		case Filter.InAmountClass amountClass -> format("filter.amountClass", amountClass.amountClass().name());
		};
	}

	private String filterOperand(Filter filter, boolean insideOr) {
		String text = describe(filter);
		return filter instanceof Filter.Or && !insideOr ? "(" + text + ")" : text;
	}

	/**
	 * Describes the records of a source that pass a filter, as a plural (or,
	 * with {@code one}, singular) noun phrase: "outgoing activities", "sold
	 * sales in amount class large". Simple conditions become adjectives or
	 * qualifiers, and anything else follows as "where ...".
	 */
	private String describeRecords(Source source, Filter filter, boolean one) {
		String number = one ? "one" : "many";
		List<String> adjectives = new ArrayList<>();
		List<String> qualifiers = new ArrayList<>();
		for (Filter conjunct : conjuncts(filter)) {
			classify(conjunct, number, adjectives, qualifiers);
		}

		String noun = text("source." + source + "." + number);
		String phrase = adjectives.isEmpty() ? noun : format("records.adjective", String.join(" ", adjectives), noun);
		for (String qualifier : qualifiers) {
			phrase = join(phrase, qualifier);
		}
		return phrase;
	}

	/** Describes "the last/next record" for the day measures: singular noun, definite adjective forms. */
	private String describeDefiniteRecord(Source source, Filter filter) {
		List<String> adjectives = new ArrayList<>();
		List<String> qualifiers = new ArrayList<>();
		for (Filter conjunct : conjuncts(filter)) {
			classify(conjunct, "definite", adjectives, qualifiers);
		}

		String noun = text("source." + source + ".one");
		String phrase = adjectives.isEmpty() ? noun : format("records.adjective", String.join(" ", adjectives), noun);
		for (String qualifier : qualifiers) {
			phrase = join(phrase, qualifier);
		}
		return phrase;
	}

	private static List<Filter> conjuncts(Filter filter) {
		List<Filter> result = new ArrayList<>();
		if (filter instanceof Filter.And and) {
			result.addAll(conjuncts(and.left()));
			result.addAll(conjuncts(and.right()));
		} else if (!(filter instanceof Filter.Any)) {
			result.add(filter);
		}
		return result;
	}

	private void classify(Filter filter, String number, List<String> adjectives, List<String> qualifiers) {
		switch (filter) {
		case Filter.Completed completed -> adjectives.add(text("adjective.completed." + number));
		case Filter.Not(Filter.Completed completed) -> adjectives.add(text("adjective.notCompleted." + number));
		case Filter.FieldIn field when !field.negated() && hasAdjectives(field) -> {
			List<String> words = new ArrayList<>();
			for (String value : field.values()) {
				words.add(text("adjective." + field.field() + "." + value + "." + number));
			}
			adjectives.add(alternatives(words));
		}
		case Filter.FieldIn field when !field.negated() -> qualifiers.add(format("qualifier." + field.field(),
				alternatives(recordValues(field))));
		case Filter.AmountCompare amount -> qualifiers.add(format("qualifier.amount",
				format("amount." + amount.operator(), number(amount.amount()))));
		case Filter.InAmountClass amountClass -> qualifiers.add(format("qualifier.amountClass",
				amountClass.amountClass().name()));
		default -> qualifiers.add(format("qualifier.where", describe(filter)));
		}
	}

	/** Returns true when every value of the field has an adjective, as "outgoing" or "sold" have. */
	private boolean hasAdjectives(Filter.FieldIn field) {
		for (String value : field.values()) {
			if (!texts.containsKey("adjective." + field.field() + "." + value + ".many")) {
				return false;
			}
		}
		return true;
	}

	private List<String> recordValues(Filter.FieldIn field) {
		List<String> values = new ArrayList<>();
		for (String value : field.values()) {
			values.add(textOr("value." + field.field() + "." + value, quote(value)));
		}
		return values;
	}

	/** Joins words as "a", "a or b", "a, b or c". */
	private String alternatives(List<String> words) {
		if (words.size() == 1) {
			return words.get(0);
		}
		String head = String.join(", ", words.subList(0, words.size() - 1));
		return format("list.or", head, words.get(words.size() - 1));
	}

	private static String join(String phrase, String suffix) {
		return suffix.isEmpty() ? phrase : phrase + " " + suffix;
	}

	private static String quote(String value) {
		return "\"" + value + "\"";
	}

	private String number(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(10);
		return format.format(value);
	}

	private String text(String key) {
		return texts.getString(key);
	}

	private String textOr(String key, String fallback) {
		try {
			return texts.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}

	private String format(String key, Object... arguments) {
		return new MessageFormat(text(key), locale).format(arguments);
	}
}
