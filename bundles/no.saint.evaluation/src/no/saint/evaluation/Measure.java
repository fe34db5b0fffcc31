package no.saint.evaluation;

/** A number computed per entity from its records: the left side of a comparison. */
public sealed interface Measure {

	Source source();

	Filter filter();

	/** {@code count(source where filter, window)}: the number of matching records. */
	record Count(Source source, Filter filter, Window window) implements Measure {
	}

	/** {@code sum amount(sales where filter, window)}: the total amount, 0 when none match. */
	record SumAmount(Source source, Filter filter, Window window) implements Measure {
	}

	/**
	 * {@code days since last(source where filter)}: days from the newest matching
	 * record dated on or before the as-of date to the as-of date. Infinite when
	 * there is no such record.
	 */
	record DaysSinceLast(Source source, Filter filter) implements Measure {
	}

	/**
	 * {@code days until next(source where filter)}: days from the as-of date to
	 * the oldest matching record dated after it. Infinite when there is none.
	 */
	record DaysUntilNext(Source source, Filter filter) implements Measure {
	}
}
