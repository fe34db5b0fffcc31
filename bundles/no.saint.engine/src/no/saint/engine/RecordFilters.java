package no.saint.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import no.saint.evaluation.Filter;

/**
 * Compiles a {@code where} filter into a predicate on records. A field test
 * on a record without a value for that field never holds, also with
 * {@code !=}, so that the SQL path (where {@code NULL <> 'x'} is unknown)
 * gives the same counts.
 */
final class RecordFilters {

	private RecordFilters() {
	}

	static Predicate<CrmRecord> compile(Filter filter) {
		return switch (filter) {
		case Filter.Any any -> record -> true;
		case Filter.And and -> compile(and.left()).and(compile(and.right()));
		case Filter.Or or -> compile(or.left()).or(compile(or.right()));
		case Filter.Not not -> compile(not.operand()).negate();
		case Filter.Completed completed -> CrmRecord::completed;
		case Filter.FieldIn fieldIn -> fieldIn(fieldIn);
		case Filter.AmountCompare compare -> record -> record.amount() != null
				&& compare.operator().test(record.amount(), compare.amount());
		case Filter.InAmountClass inClass -> record -> inClass.amountClass().contains(record.amount());
		};
	}

	private static Predicate<CrmRecord> fieldIn(Filter.FieldIn fieldIn) {
		Set<String> values = lowerCase(fieldIn.values());
		boolean negated = fieldIn.negated();
		return record -> {
			String value = record.value(fieldIn.field());
			if (value == null) {
				return false;
			}
			return values.contains(value.toLowerCase(Locale.ROOT)) != negated;
		};
	}

	static Set<String> lowerCase(List<String> values) {
		return values.stream().map(value -> value.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}
}
