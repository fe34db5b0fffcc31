package no.saint.evaluation;

import java.math.BigDecimal;

/** A comparison operator of the rules language. */
public enum Operator {
	LESS("<"), LESS_OR_EQUAL("<="), EQUAL("="), NOT_EQUAL("!="), GREATER_OR_EQUAL(">="), GREATER(">");

	private final String symbol;

	Operator(String symbol) {
		this.symbol = symbol;
	}

	/** Returns the operator as written in a rules file. */
	public String symbol() {
		return symbol;
	}

	/** Returns true when {@code value} compared with {@code threshold} by this operator holds. */
	public boolean test(BigDecimal value, BigDecimal threshold) {
		int order = value.compareTo(threshold);
		return switch (this) {
		case LESS -> order < 0;
		case LESS_OR_EQUAL -> order <= 0;
		case EQUAL -> order == 0;
		case NOT_EQUAL -> order != 0;
		case GREATER_OR_EQUAL -> order >= 0;
		case GREATER -> order > 0;
		};
	}
}
