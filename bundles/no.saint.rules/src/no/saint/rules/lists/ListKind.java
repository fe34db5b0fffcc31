package no.saint.rules.lists;

/** The CRM lists whose values a rules file may name as strings. */
public enum ListKind {
	/** Activity intents, such as "Marketing" or "Sale". */
	ACTIVITY_INTENT,
	/** Request categories. */
	REQUEST_CATEGORY,
	/** Request priorities. */
	REQUEST_PRIORITY,
	/** Company categories, such as "A-kunde". */
	COMPANY_CATEGORY,
	/** Company businesses (industries). */
	COMPANY_BUSINESS,
	/** Project types. */
	PROJECT_TYPE
}
