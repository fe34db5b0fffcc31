package no.saint.evaluation;

/** A field of an activity, sale or request that a {@code where} filter can test. */
public enum RecordField {
	/** appointment, phone, task, document, email, fax */
	ACTIVITY_TYPE(Source.ACTIVITIES),
	/** incoming, outgoing, none */
	ACTIVITY_DIRECTION(Source.ACTIVITIES),
	/** a list value such as "Marketing" */
	ACTIVITY_INTENT(Source.ACTIVITIES),
	/** open, sold, lost */
	SALE_STATUS(Source.SALES),
	/** open, closed */
	REQUEST_STATUS(Source.REQUESTS),
	/** a list value */
	REQUEST_CATEGORY(Source.REQUESTS),
	/** a list value */
	REQUEST_PRIORITY(Source.REQUESTS);

	private final Source source;

	RecordField(Source source) {
		this.source = source;
	}

	/** Returns the source whose records have this field. */
	public Source source() {
		return source;
	}
}
