package no.saint.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.saint.evaluation.RecordField;

/**
 * An activity, sale or request in the compact form that the evaluator
 * counts. Text values are compared without regard to case.
 */
public sealed interface CrmRecord permits CrmRecord.Activity, CrmRecord.Sale, CrmRecord.Request {

	/** Returns the date that windows test, or null when the record has none. */
	LocalDate date();

	/** Returns the value of {@code field}, or null when the record has no such field or no value. */
	String value(RecordField field);

	/** Returns true for a completed activity; sales and requests are never completed. */
	default boolean completed() {
		return false;
	}

	/** Returns the amount of a sale in the base currency, or null. */
	default BigDecimal amount() {
		return null;
	}

	/**
	 * An activity: its start date, type (appointment, phone, task, document,
	 * email, fax), direction (incoming, outgoing, none) and intent (a list value).
	 */
	record Activity(LocalDate date, String type, String direction, String intent, boolean completed)
			implements CrmRecord {

		@Override
		public String value(RecordField field) {
			return switch (field) {
			case ACTIVITY_TYPE -> type;
			case ACTIVITY_DIRECTION -> direction;
			case ACTIVITY_INTENT -> intent;
			default -> null;
			};
		}
	}

	/**
	 * A sale: its date (the close date when sold or lost, otherwise the
	 * expected or registered date), status (open, sold, lost) and amount.
	 */
	record Sale(LocalDate date, String status, BigDecimal amount) implements CrmRecord {

		@Override
		public String value(RecordField field) {
			return field == RecordField.SALE_STATUS ? status : null;
		}
	}

	/** A request: its creation date, status (open, closed), category and priority. */
	record Request(LocalDate date, String status, String category, String priority) implements CrmRecord {

		@Override
		public String value(RecordField field) {
			return switch (field) {
			case REQUEST_STATUS -> status;
			case REQUEST_CATEGORY -> category;
			case REQUEST_PRIORITY -> priority;
			default -> null;
			};
		}
	}
}
