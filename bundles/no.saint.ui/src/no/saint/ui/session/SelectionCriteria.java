package no.saint.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import no.saint.engine.EntitySnapshot;

/**
 * The criteria of a dynamic selection: conditions joined by {@code and},
 * written as in the rules language. A condition is {@code has status "NAME"},
 * {@code not has status "NAME"} or a comparison of an entity field with a
 * quoted value: {@code company.category = "A-kunde"},
 * {@code company.postcode != "5000"}, {@code company.name starts with "Ber"}.
 * Field comparisons ignore case.
 */
public final class SelectionCriteria {

	/** One condition of the criteria. */
	public sealed interface Criterion {

		/** Returns true when the entity meets the condition. */
		boolean test(EntitySnapshot entity, StatusIndex index);

		/** Returns the condition as criteria text. */
		String text();
	}

	/** The entity has ({@code negated} false) or lacks the status. */
	public record HasStatus(String statusName, boolean negated) implements Criterion {

		@Override
		public boolean test(EntitySnapshot entity, StatusIndex index) {
			return index.has(entity.key(), statusName) != negated;
		}

		@Override
		public String text() {
			return (negated ? "not " : "") + "has status " + quote(statusName);
		}
	}

	/** Comparison operators of a field condition. */
	public enum Operator {
		EQUALS("="), NOT_EQUALS("!="), STARTS_WITH("starts with");

		final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}
	}

	/** A field of the entity, such as {@code company.category}, compared with a value. */
	public record FieldCondition(String field, Operator operator, String value) implements Criterion {

		@Override
		public boolean test(EntitySnapshot entity, StatusIndex index) {
			String actual = field.endsWith(".name") && field.indexOf('.') == field.lastIndexOf('.')
					? entity.name() : entity.fields().get(field);
			String left = actual == null ? "" : actual.toLowerCase(Locale.ROOT);
			String right = value.toLowerCase(Locale.ROOT);
			return switch (operator) {
			case EQUALS -> left.equals(right);
			case NOT_EQUALS -> !left.equals(right);
			case STARTS_WITH -> left.startsWith(right);
			};
		}

		@Override
		public String text() {
			return field + " " + operator.symbol + " " + quote(value);
		}
	}

	private static final Pattern STATUS = Pattern.compile("(not\\s+)?has\\s+status\\s+\"([^\"]+)\"");
	private static final Pattern FIELD = Pattern
			.compile("([a-z]+(?:\\.[a-zA-Z]+)+)\\s*(=|!=|starts\\s+with)\\s*\"([^\"]*)\"");
	private static final Pattern AND = Pattern.compile("\\s+and\\s+");

	private final List<Criterion> criteria;

	public SelectionCriteria(List<Criterion> criteria) {
		this.criteria = List.copyOf(criteria);
	}

	public List<Criterion> criteria() {
		return criteria;
	}

	/**
	 * Parses criteria text.
	 *
	 * @throws IllegalArgumentException naming the condition that is invalid, or when the text is empty
	 */
	public static SelectionCriteria parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(SessionMessages.Criteria_empty);
		}
		List<Criterion> criteria = new ArrayList<>();
		for (String part : splitOutsideQuotes(text.strip())) {
			criteria.add(parseCondition(part));
		}
		return new SelectionCriteria(criteria);
	}

	private static Criterion parseCondition(String condition) {
		Matcher status = STATUS.matcher(condition);
		if (status.matches()) {
			return new HasStatus(status.group(2), status.group(1) != null);
		}
		Matcher field = FIELD.matcher(condition);
		if (field.matches()) {
			Operator operator = switch (field.group(2).replaceAll("\\s+", " ")) {
			case "=" -> Operator.EQUALS;
			case "!=" -> Operator.NOT_EQUALS;
			default -> Operator.STARTS_WITH;
			};
			return new FieldCondition(field.group(1), operator, field.group(3));
		}
		throw new IllegalArgumentException(NLS.bind(SessionMessages.Criteria_invalid, condition));
	}

	/** Splits at {@code and} between conditions, leaving quoted values whole. */
	private static List<String> splitOutsideQuotes(String text) {
		List<String> parts = new ArrayList<>();
		StringBuilder unquoted = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			quoted = c == '"' ? !quoted : quoted;
			// Inside quotes, a placeholder hides spaces so that "and" in a value is no separator.
			unquoted.append(quoted && c == ' ' ? '\u0000' : c);
		}
		for (String part : AND.split(unquoted.toString())) {
			parts.add(part.replace('\u0000', ' ').strip());
		}
		return parts;
	}

	/** Returns true when the entity meets every condition. */
	public boolean test(EntitySnapshot entity, StatusIndex index) {
		return criteria.stream().allMatch(criterion -> criterion.test(entity, index));
	}

	/** Returns the criteria as text that {@link #parse} reads back. */
	public String text() {
		return criteria.stream().map(Criterion::text).collect(Collectors.joining(" and "));
	}

	private static String quote(String value) {
		return '"' + value + '"';
	}
}
