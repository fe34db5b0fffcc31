package no.saint.evaluation;

import java.time.LocalDate;

/**
 * The time span a measure looks at, relative to the evaluation ("as of")
 * date. Windows are half-open: the start day is excluded, the end day included.
 */
public sealed interface Window {

	/** Returns true when a record dated {@code date} (null when it has no date) falls into this window. */
	boolean contains(LocalDate date, LocalDate asOf);

	/** No window: every record counts, also records without a date. */
	record AllTime() implements Window {
		@Override
		public boolean contains(LocalDate date, LocalDate asOf) {
			return true;
		}
	}

	/**
	 * {@code last N unit}: records dated after {@link #start(LocalDate)} and on
	 * or before the as-of date. With as-of 2017-12-31, {@code last 90 days}
	 * holds 2017-10-03 to 2017-12-31.
	 */
	record Last(int amount, PeriodUnit unit) implements Window {

		/** Returns the exclusive first day: as-of minus the length. */
		public LocalDate start(LocalDate asOf) {
			return unit.shift(asOf, -amount);
		}

		@Override
		public boolean contains(LocalDate date, LocalDate asOf) {
			return date != null && date.isAfter(start(asOf)) && !date.isAfter(asOf);
		}
	}

	/** {@code next N unit}: records dated after the as-of date and on or before {@link #end(LocalDate)}. */
	record Next(int amount, PeriodUnit unit) implements Window {

		/** Returns the inclusive last day: as-of plus the length. */
		public LocalDate end(LocalDate asOf) {
			return unit.shift(asOf, amount);
		}

		@Override
		public boolean contains(LocalDate date, LocalDate asOf) {
			return date != null && date.isAfter(asOf) && !date.isAfter(end(asOf));
		}
	}
}
