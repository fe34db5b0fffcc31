package no.saint.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.saint.evaluation.RecordField;
import no.saint.rules.lists.ListKind;
import no.saint.rules.rules.EntityKind;
import no.saint.rules.rules.RecordFieldName;
import no.saint.rules.rules.Source;

/**
 * The fixed words of the rules language that the grammar leaves open: the
 * fields of each entity type, the fields each record source can filter on,
 * and the values each field takes. Validation, content assist, hover and
 * translation all read them from here.
 */
public final class RulesVocabulary {

	/** The values of a field: a fixed set of names, a CRM list, or free text. */
	public record Values(List<String> fixed, ListKind list) {

		static final Values FREE = new Values(List.of(), null);

		static Values fixed(String... names) {
			return new Values(List.of(names), null);
		}

		static Values list(ListKind kind) {
			return new Values(List.of(), kind);
		}

		/** Returns true when only the names in {@link #fixed()} are valid. */
		public boolean isFixed() {
			return !fixed.isEmpty();
		}

		public Optional<ListKind> listKind() {
			return Optional.ofNullable(list);
		}
	}

	public static final List<String> PROJECT_STATUSES = List.of("planned", "ongoing", "completed", "stopped");

	public static final List<String> ACTIVITY_TYPES = List.of("appointment", "phone", "task", "document", "email",
			"fax");

	public static final List<String> DIRECTIONS = List.of("incoming", "outgoing", "none");

	public static final List<String> SALE_STATUSES = List.of("open", "sold", "lost");

	public static final List<String> REQUEST_STATUSES = List.of("open", "closed");

	private static final Map<String, Values> COMPANY_FIELDS = companyFields("company.");

	private static final Map<EntityKind, Map<String, Values>> ENTITY_FIELDS = Map.of(
			EntityKind.COMPANY, COMPANY_FIELDS,
			EntityKind.PERSON, personFields(),
			EntityKind.PROJECT, projectFields());

	private RulesVocabulary() {
	}

	private static Map<String, Values> companyFields(String prefix) {
		Map<String, Values> fields = new LinkedHashMap<>();
		fields.put(prefix + "name", Values.FREE);
		fields.put(prefix + "category", Values.list(ListKind.COMPANY_CATEGORY));
		fields.put(prefix + "business", Values.list(ListKind.COMPANY_BUSINESS));
		fields.put(prefix + "country", Values.FREE);
		fields.put(prefix + "postcode", Values.FREE);
		fields.put(prefix + "owner", Values.FREE);
		return fields;
	}

	private static Map<String, Values> personFields() {
		Map<String, Values> fields = new LinkedHashMap<>();
		fields.put("person.name", Values.FREE);
		fields.put("person.position", Values.FREE);
		fields.put("person.owner", Values.FREE);
		fields.putAll(companyFields("person.company."));
		return fields;
	}

	private static Map<String, Values> projectFields() {
		Map<String, Values> fields = new LinkedHashMap<>();
		fields.put("project.name", Values.FREE);
		fields.put("project.type", Values.list(ListKind.PROJECT_TYPE));
		fields.put("project.status", new Values(PROJECT_STATUSES, null));
		fields.put("project.owner", Values.FREE);
		return fields;
	}

	/** Returns the field paths of an entity type, such as {@code company.name}, in a stable order. */
	public static Map<String, Values> entityFields(EntityKind entity) {
		return ENTITY_FIELDS.get(entity);
	}

	/** Returns the entity type whose fields contain {@code path}, if any. */
	public static Optional<EntityKind> ownerOf(String path) {
		for (EntityKind entity : EntityKind.VALUES) {
			if (ENTITY_FIELDS.get(entity).containsKey(path)) {
				return Optional.of(entity);
			}
		}
		return Optional.empty();
	}

	/** Returns the evaluation model's field for a filter field on a source, or empty when the source lacks it. */
	public static Optional<RecordField> recordField(Source source, RecordFieldName field) {
		RecordField result = switch (source) {
		case ACTIVITIES -> switch (field) {
			case TYPE -> RecordField.ACTIVITY_TYPE;
			case DIRECTION -> RecordField.ACTIVITY_DIRECTION;
			case INTENT -> RecordField.ACTIVITY_INTENT;
			default -> null;
			};
		case SALES -> field == RecordFieldName.STATUS ? RecordField.SALE_STATUS : null;
		case REQUESTS -> switch (field) {
			case STATUS -> RecordField.REQUEST_STATUS;
			case CATEGORY -> RecordField.REQUEST_CATEGORY;
			case PRIORITY -> RecordField.REQUEST_PRIORITY;
			default -> null;
			};
		};
		return Optional.ofNullable(result);
	}

	/** Returns the filter fields that a source has, in grammar order. */
	public static List<RecordFieldName> recordFields(Source source) {
		return RecordFieldName.VALUES.stream().filter(field -> recordField(source, field).isPresent()).toList();
	}

	/** Returns the values of a record field. */
	public static Values values(RecordField field) {
		return switch (field) {
		case ACTIVITY_TYPE -> new Values(ACTIVITY_TYPES, null);
		case ACTIVITY_DIRECTION -> new Values(DIRECTIONS, null);
		case ACTIVITY_INTENT -> Values.list(ListKind.ACTIVITY_INTENT);
		case SALE_STATUS -> new Values(SALE_STATUSES, null);
		case REQUEST_STATUS -> new Values(REQUEST_STATUSES, null);
		case REQUEST_CATEGORY -> Values.list(ListKind.REQUEST_CATEGORY);
		case REQUEST_PRIORITY -> Values.list(ListKind.REQUEST_PRIORITY);
		};
	}

	/** Returns true when amount filters ({@code amount}, {@code amount class}) apply to the source. */
	public static boolean hasAmount(Source source) {
		return source == Source.SALES;
	}

	/** Returns true when the {@code completed} filter applies to the source. */
	public static boolean hasCompleted(Source source) {
		return source == Source.ACTIVITIES;
	}
}
