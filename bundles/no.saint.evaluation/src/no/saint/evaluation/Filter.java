package no.saint.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** The condition after {@code where} that selects the records a measure counts. */
public sealed interface Filter {

	/** No {@code where}: every record of the source. */
	record Any() implements Filter {
	}

	record And(Filter left, Filter right) implements Filter {
	}

	record Or(Filter left, Filter right) implements Filter {
	}

	record Not(Filter operand) implements Filter {
	}

	/**
	 * {@code field = v}, {@code field != v} or {@code field in (v1, v2)}. Values
	 * are the literals of the language in lower case ({@code outgoing},
	 * {@code sold}) or list values as written ({@code "Marketing"}).
	 */
	record FieldIn(RecordField field, List<String> values, boolean negated) implements Filter {
		public FieldIn {
			values = List.copyOf(values);
		}
	}

	/** {@code completed}: an activity that is done. {@code not completed} wraps it in {@link Not}. */
	record Completed() implements Filter {
	}

	/** {@code amount OP number}, on sales. */
	record AmountCompare(Operator operator, BigDecimal amount) implements Filter {
	}

	/** {@code amount class = name}, on sales: amounts in the class's bounds. */
	record InAmountClass(AmountClass amountClass) implements Filter {
	}
}
