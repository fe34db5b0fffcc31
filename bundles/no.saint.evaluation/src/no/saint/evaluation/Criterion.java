package no.saint.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** A condition on an entity: a status matches the entities for which its criterion holds. */
public sealed interface Criterion {

	/** {@code measure OP threshold}, such as {@code count(...) < 2}. */
	record Comparison(Measure measure, Operator operator, BigDecimal threshold) implements Criterion {
	}

	/**
	 * {@code entity.field = v}, {@code != v} or {@code in (v1, v2)} on a field of
	 * the watched entity. {@code path} is written as in the rules file, for
	 * example {@code project.status} or {@code person.company.category}.
	 */
	record FieldIn(String path, List<String> values, boolean negated) implements Criterion {
		public FieldIn {
			values = List.copyOf(values);
		}
	}

	record And(Criterion left, Criterion right) implements Criterion {
	}

	record Or(Criterion left, Criterion right) implements Criterion {
	}

	record Not(Criterion operand) implements Criterion {
	}
}
