package no.saint.engine;

import java.util.Locale;
import java.util.stream.Collectors;

import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.RecordField;
import no.saint.evaluation.Window;

/**
 * Writes measures, filters and windows as they read in a rules file. The
 * text of a measure is also the counter's name in the database, so it must
 * stay stable: equal measures give equal text.
 */
public final class RulesSyntax {

	private RulesSyntax() {
	}

	/** Returns {@code measure} as written in a rules file, such as {@code count(activities where direction = outgoing, last 90 days)}. */
	public static String measure(Measure measure) {
		String function = switch (measure) {
		case Measure.Count count -> "count";
		case Measure.SumAmount sum -> "sum amount";
		case Measure.DaysSinceLast since -> "days since last";
		case Measure.DaysUntilNext until -> "days until next";
		};
		StringBuilder text = new StringBuilder(function).append('(').append(source(measure));
		if (!(measure.filter() instanceof Filter.Any)) {
			text.append(" where ").append(filter(measure.filter()));
		}
		Window window = switch (measure) {
		case Measure.Count count -> count.window();
		case Measure.SumAmount sum -> sum.window();
		default -> new Window.AllTime();
		};
		if (!(window instanceof Window.AllTime)) {
			text.append(", ").append(window(window));
		}
		return text.append(')').toString();
	}

	static String source(Measure measure) {
		return measure.source().name().toLowerCase(Locale.ROOT);
	}

	/** Returns {@code filter} in rules syntax, with parentheses around every nested {@code and} and {@code or}. */
	public static String filter(Filter filter) {
		return switch (filter) {
		case Filter.Any any -> "";
		case Filter.And and -> operand(and.left()) + " and " + operand(and.right());
		case Filter.Or or -> operand(or.left()) + " or " + operand(or.right());
		case Filter.Not not -> "not " + operand(not.operand());
		case Filter.Completed completed -> "completed";
		case Filter.FieldIn fieldIn -> fieldIn(fieldIn);
		case Filter.AmountCompare compare -> "amount " + compare.operator().symbol() + " "
				+ compare.amount().toPlainString();
		case Filter.InAmountClass inClass -> "amount class = " + inClass.amountClass().name();
		};
	}

	private static String operand(Filter filter) {
		boolean compound = filter instanceof Filter.And || filter instanceof Filter.Or;
		return compound ? "(" + filter(filter) + ")" : filter(filter);
	}

	private static String fieldIn(Filter.FieldIn fieldIn) {
		String name = fieldName(fieldIn.field());
		boolean quoted = fieldIn.field() == RecordField.ACTIVITY_INTENT || fieldIn.field() == RecordField.REQUEST_CATEGORY
				|| fieldIn.field() == RecordField.REQUEST_PRIORITY;
		if (fieldIn.values().size() == 1) {
			return name + (fieldIn.negated() ? " != " : " = ") + literal(fieldIn.values().get(0), quoted);
		}
		String values = fieldIn.values().stream().map(value -> literal(value, quoted)).collect(Collectors.joining(", "));
		return (fieldIn.negated() ? "not " : "") + name + " in (" + values + ")";
	}

	private static String literal(String value, boolean quoted) {
		return quoted ? '"' + value + '"' : value;
	}

	static String fieldName(RecordField field) {
		return switch (field) {
		case ACTIVITY_TYPE -> "type";
		case ACTIVITY_DIRECTION -> "direction";
		case ACTIVITY_INTENT -> "intent";
		case SALE_STATUS, REQUEST_STATUS -> "status";
		case REQUEST_CATEGORY -> "category";
		case REQUEST_PRIORITY -> "priority";
		};
	}

	/** Returns {@code window} in rules syntax, such as {@code last 90 days}; empty for all time. */
	public static String window(Window window) {
		return switch (window) {
		case Window.AllTime all -> "";
		case Window.Last last -> "last " + last.amount() + " " + last.unit().name().toLowerCase(Locale.ROOT);
		case Window.Next next -> "next " + next.amount() + " " + next.unit().name().toLowerCase(Locale.ROOT);
		};
	}
}
