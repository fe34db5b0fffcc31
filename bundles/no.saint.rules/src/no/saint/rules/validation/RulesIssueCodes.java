package no.saint.rules.validation;

/**
 * The issue codes of every diagnostic the rules language reports, one per
 * rule. Quick fixes and tests refer to these codes; the message texts live in
 * {@code messages.properties} under the same names.
 */
public final class RulesIssueCodes {

	private static final String PREFIX = "no.saint.rules.";

	/** A status has no {@code when} criterion. */
	public static final String NO_CRITERIA = PREFIX + "NO_CRITERIA";

	/** Two statuses have the same name. */
	public static final String DUPLICATE_STATUS = PREFIX + "DUPLICATE_STATUS";

	/** Two statuses of the same entity type have the same explicit rank (warning). */
	public static final String DUPLICATE_RANK = PREFIX + "DUPLICATE_RANK";

	/** Two periods have the same name. */
	public static final String DUPLICATE_PERIOD = PREFIX + "DUPLICATE_PERIOD";

	/** Two amount classes have the same name. */
	public static final String DUPLICATE_AMOUNT_CLASS = PREFIX + "DUPLICATE_AMOUNT_CLASS";

	/** A comparison that no value of its measure satisfies, such as {@code count(...) < 0}. */
	public static final String NEVER_TRUE = PREFIX + "NEVER_TRUE";

	/** A comparison that every value of its measure satisfies, such as {@code count(...) >= 0} (warning). */
	public static final String ALWAYS_TRUE = PREFIX + "ALWAYS_TRUE";

	/** Conditions joined by {@code and} that exclude each other, such as {@code x > 5 and x < 3}. */
	public static final String CONTRADICTION = PREFIX + "CONTRADICTION";

	/** A status whose criterion can never be true (warning). */
	public static final String UNREACHABLE_STATUS = PREFIX + "UNREACHABLE_STATUS";

	/** An entity field path that no entity type has. */
	public static final String UNKNOWN_FIELD = PREFIX + "UNKNOWN_FIELD";

	/** An entity field of another entity type than the status watches. */
	public static final String FIELD_NOT_FOR_ENTITY = PREFIX + "FIELD_NOT_FOR_ENTITY";

	/** A filter field or filter that the record source lacks. */
	public static final String FILTER_NOT_FOR_SOURCE = PREFIX + "FILTER_NOT_FOR_SOURCE";

	/** {@code sum amount} over a source without amounts. */
	public static final String MEASURE_NOT_FOR_SOURCE = PREFIX + "MEASURE_NOT_FOR_SOURCE";

	/** A value outside a field's fixed set, such as {@code direction = outgoin}. */
	public static final String UNKNOWN_VALUE = PREFIX + "UNKNOWN_VALUE";

	/** A value that the configured CRM list lacks (warning). */
	public static final String UNKNOWN_LIST_VALUE = PREFIX + "UNKNOWN_LIST_VALUE";

	/** A reference to a period that is not declared. */
	public static final String UNKNOWN_PERIOD = PREFIX + "UNKNOWN_PERIOD";

	/** A reference to an amount class that is not declared. */
	public static final String UNKNOWN_AMOUNT_CLASS = PREFIX + "UNKNOWN_AMOUNT_CLASS";

	/** A declared period that no criterion uses (warning). */
	public static final String UNUSED_PERIOD = PREFIX + "UNUSED_PERIOD";

	/** A period or window of zero or negative length. */
	public static final String WINDOW_NOT_POSITIVE = PREFIX + "WINDOW_NOT_POSITIVE";

	/** A {@code next} window on a measure of completed records, which are never dated in the future. */
	public static final String NEXT_WINDOW_ON_COMPLETED = PREFIX + "NEXT_WINDOW_ON_COMPLETED";

	/** A {@code {...}} template variable that the entity type lacks. */
	public static final String UNKNOWN_TEMPLATE_VARIABLE = PREFIX + "UNKNOWN_TEMPLATE_VARIABLE";

	/** A unit after a number where the measure takes none, or a month or year unit on a day measure. */
	public static final String WRONG_UNIT = PREFIX + "WRONG_UNIT";

	/** A fractional number compared with a count or a number of days. */
	public static final String NOT_WHOLE_NUMBER = PREFIX + "NOT_WHOLE_NUMBER";

	/** An image file that does not exist relative to the rules file (warning). */
	public static final String IMAGE_NOT_FOUND = PREFIX + "IMAGE_NOT_FOUND";

	/** An amount class whose lower bound is not below its upper bound. */
	public static final String EMPTY_AMOUNT_CLASS = PREFIX + "EMPTY_AMOUNT_CLASS";

	/** Two amount classes that share amounts. */
	public static final String OVERLAPPING_AMOUNT_CLASSES = PREFIX + "OVERLAPPING_AMOUNT_CLASSES";

	/** Amounts between two amount classes that no class covers (warning). */
	public static final String GAP_BETWEEN_AMOUNT_CLASSES = PREFIX + "GAP_BETWEEN_AMOUNT_CLASSES";

	/** A default follow-up without text. */
	public static final String MISSING_FOLLOW_UP_TEXT = PREFIX + "MISSING_FOLLOW_UP_TEXT";

	private RulesIssueCodes() {
	}
}
