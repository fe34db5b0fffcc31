package no.saint.evaluation;

import java.time.LocalDate;

/** The unit of a window's length. */
public enum PeriodUnit {
	DAYS, WEEKS, MONTHS, YEARS;

	/**
	 * Returns {@code date} moved by {@code amount} units. Months and years move
	 * by calendar, clamped to the end of a shorter month, so 2017-03-31 minus
	 * one month is 2017-02-28; a week is 7 days.
	 */
	public LocalDate shift(LocalDate date, long amount) {
		return switch (this) {
		case DAYS -> date.plusDays(amount);
		case WEEKS -> date.plusDays(7 * amount);
		case MONTHS -> date.plusMonths(amount);
		case YEARS -> date.plusYears(amount);
		};
	}
}
