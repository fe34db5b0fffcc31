package no.saint.engine;

import java.math.BigDecimal;

import no.saint.evaluation.Operator;

/**
 * The value of one counter of an entity: a number, or infinite for
 * {@code days since last} and {@code days until next} when no record matches.
 * Infinite is greater than every number.
 */
public record CounterValue(BigDecimal number) {

	public static final CounterValue INFINITE = new CounterValue(null);

	public static CounterValue of(long value) {
		return new CounterValue(BigDecimal.valueOf(value));
	}

	/** Returns a value of {@code value} with trailing zeros removed, so that equal amounts compare equal. */
	public static CounterValue of(BigDecimal value) {
		return new CounterValue(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
	}

	public boolean isInfinite() {
		return number == null;
	}

	/** Returns true when this value compared with {@code threshold} by {@code operator} holds. */
	public boolean satisfies(Operator operator, BigDecimal threshold) {
		if (!isInfinite()) {
			return operator.test(number, threshold);
		}
		return switch (operator) {
		case LESS, LESS_OR_EQUAL, EQUAL -> false;
		case NOT_EQUAL, GREATER_OR_EQUAL, GREATER -> true;
		};
	}

	@Override
	public String toString() {
		return isInfinite() ? "\u221e" : number.toPlainString();
	}
}
