package no.saint.rules.ide.highlighting;

/** The ids of the semantic highlighting styles that the rules editor maps to colours and fonts. */
public final class RulesHighlightingStyles {

	/** The name of a status, in its declaration. */
	public static final String STATUS_NAME = "no.saint.rules.statusName";

	/** A period, where it is declared and where a window refers to it. */
	public static final String PERIOD = "no.saint.rules.period";

	/** An amount class, where it is declared and where a filter refers to it. */
	public static final String AMOUNT_CLASS = "no.saint.rules.amountClass";

	/** An entity field such as {@code project.status}. */
	public static final String FIELD = "no.saint.rules.field";

	/** A {@code {...}} template variable inside a description. */
	public static final String TEMPLATE_VARIABLE = "no.saint.rules.templateVariable";

	private RulesHighlightingStyles() {
	}
}
