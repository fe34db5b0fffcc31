package no.saint.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.saint.evaluation.PeriodUnit;
import no.saint.evaluation.Window;

class WindowTest {

	private static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);

	@Test
	void last90DaysBounds() {
		Window.Last window = new Window.Last(90, PeriodUnit.DAYS);

		assertEquals(LocalDate.of(2017, 10, 2), window.start(AS_OF));
		assertFalse(window.contains(LocalDate.of(2017, 10, 2), AS_OF), "first day outside");
		assertTrue(window.contains(LocalDate.of(2017, 10, 3), AS_OF), "first day inside");
		assertTrue(window.contains(AS_OF, AS_OF), "as-of date");
		assertFalse(window.contains(LocalDate.of(2018, 1, 1), AS_OF), "future");
		assertFalse(window.contains(null, AS_OF), "no date");
	}

	@Test
	void lastWeeksAreSevenDays() {
		assertEquals(new Window.Last(42, PeriodUnit.DAYS).start(AS_OF), new Window.Last(6, PeriodUnit.WEEKS).start(AS_OF));
	}

	@Test
	void lastMonthClampsToShorterMonth() {
		Window.Last window = new Window.Last(1, PeriodUnit.MONTHS);
		LocalDate asOf = LocalDate.of(2017, 3, 31);

		assertEquals(LocalDate.of(2017, 2, 28), window.start(asOf));
		assertFalse(window.contains(LocalDate.of(2017, 2, 28), asOf));
		assertTrue(window.contains(LocalDate.of(2017, 3, 1), asOf));
	}

	@Test
	void next365DaysBounds() {
		Window.Next window = new Window.Next(365, PeriodUnit.DAYS);

		assertFalse(window.contains(AS_OF, AS_OF), "as-of date is not next");
		assertTrue(window.contains(LocalDate.of(2018, 1, 1), AS_OF));
		assertTrue(window.contains(LocalDate.of(2018, 12, 31), AS_OF), "last day inside");
		assertFalse(window.contains(LocalDate.of(2019, 1, 1), AS_OF), "first day outside");
	}

	@Test
	void allTimeCountsUndatedRecords() {
		assertTrue(new Window.AllTime().contains(null, AS_OF));
	}
}
