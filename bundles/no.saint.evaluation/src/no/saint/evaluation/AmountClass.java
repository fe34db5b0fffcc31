package no.saint.evaluation;

import java.math.BigDecimal;

/**
 * A bin of sale amounts in the base currency: from {@code lower} (inclusive)
 * up to {@code upper} (exclusive). A null bound is open, so {@code below 1000}
 * has no lower bound and {@code from 10000} no upper bound.
 */
public record AmountClass(String name, BigDecimal lower, BigDecimal upper) {

	/** Returns true when {@code amount} lies in this class; a null amount lies in none. */
	public boolean contains(BigDecimal amount) {
		if (amount == null) {
			return false;
		}
		boolean aboveLower = lower == null || amount.compareTo(lower) >= 0;
		boolean belowUpper = upper == null || amount.compareTo(upper) < 0;
		return aboveLower && belowUpper;
	}
}
