package no.saint.store.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;

import no.saint.model.crm.CrmObject;
import no.saint.store.StoreException;

/**
 * One column of a CRM table: how to read its value from a model object and
 * how to set it back. A reference column holds the id of the referenced
 * object.
 */
final class Column<T extends CrmObject> {

	enum Kind {
		STRING, BOOLEAN, DATE, DECIMAL, ENUM, REFERENCE
	}

	/** Resolves the id of a reference column to an object while rows are loaded. */
	interface Resolver {
		<R extends CrmObject> R resolve(Class<R> type, long id);
	}

	final String name;
	final Kind kind;
	final Function<T, Object> getter;
	final BiConsumer<T, Object> setter;
	/** Referenced type for {@link Kind#REFERENCE}, enum type for {@link Kind#ENUM}. */
	final Class<?> valueType;
	/** Converts a stored literal to the enum value, for {@link Kind#ENUM}. */
	final Function<String, ? extends Enumerator> enumParser;

	private Column(String name, Kind kind, Function<T, Object> getter, BiConsumer<T, Object> setter,
			Class<?> valueType, Function<String, ? extends Enumerator> enumParser) {
		this.name = name;
		this.kind = kind;
		this.getter = getter;
		this.setter = setter;
		this.valueType = valueType;
		this.enumParser = enumParser;
	}

	@SuppressWarnings("unchecked")
	static <T extends CrmObject, V> Column<T> of(String name, Kind kind, Function<T, V> getter,
			BiConsumer<T, V> setter) {
		return new Column<>(name, kind, (Function<T, Object>) getter, (BiConsumer<T, Object>) setter, null, null);
	}

	@SuppressWarnings("unchecked")
	static <T extends CrmObject, E extends Enumerator> Column<T> ofEnum(String name, Function<T, E> getter,
			BiConsumer<T, E> setter, Function<String, E> parser) {
		return new Column<>(name, Kind.ENUM, (Function<T, Object>) getter, (BiConsumer<T, Object>) setter, null,
				parser);
	}

	@SuppressWarnings("unchecked")
	static <T extends CrmObject, R extends CrmObject> Column<T> reference(String name, Class<R> type,
			Function<T, R> getter, BiConsumer<T, R> setter) {
		return new Column<>(name, Kind.REFERENCE, (Function<T, Object>) getter, (BiConsumer<T, Object>) setter,
				type, null);
	}

	/** Binds this column's value of {@code object} to parameter {@code index}. */
	void bind(T object, PreparedStatement statement, int index) throws SQLException {
		Object value = getter.apply(object);
		switch (kind) {
		case STRING -> statement.setString(index, (String) value);
		case BOOLEAN -> statement.setBoolean(index, Boolean.TRUE.equals(value));
		case DATE -> statement.setObject(index, value, Types.DATE);
		case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
		case ENUM -> statement.setString(index, value == null ? null : ((Enumerator) value).getLiteral());
		case REFERENCE -> bindReference(object, (CrmObject) value, statement, index);
		}
	}

	private void bindReference(T object, CrmObject target, PreparedStatement statement, int index)
			throws SQLException {
		if (target == null) {
			statement.setNull(index, Types.BIGINT);
			return;
		}
		if (target.getId() == 0) {
			throw new StoreException(object.eClass().getName() + " " + describe(object) + " references a "
					+ target.eClass().getName() + " that is not stored (" + describe(target)
					+ "). Save it first or in the same call.");
		}
		statement.setLong(index, target.getId());
	}

	/** Reads this column from {@code result} at {@code index} and sets it on {@code object}. */
	void read(T object, ResultSet result, int index, Resolver resolver) throws SQLException {
		Object value = switch (kind) {
		case STRING -> result.getString(index);
		case BOOLEAN -> result.getBoolean(index);
		case DATE -> result.getObject(index, LocalDate.class);
		case DECIMAL -> result.getBigDecimal(index);
		case ENUM -> parseEnum(result.getString(index));
		case REFERENCE -> {
			long id = result.getLong(index);
			yield result.wasNull() ? null : resolver.resolve(valueType.asSubclass(CrmObject.class), id);
		}
		};
		setter.accept(object, value);
	}

	private Object parseEnum(String literal) {
		if (literal == null) {
			return null;
		}
		Enumerator value = enumParser.apply(literal);
		if (value == null) {
			throw new StoreException("Unknown value '" + literal + "' in column " + name);
		}
		return value;
	}

	static String describe(CrmObject object) {
		Object name = object.eClass().getEStructuralFeature("name") == null ? null
				: object.eGet(object.eClass().getEStructuralFeature("name"));
		if (name != null) {
			return "'" + name + "'";
		}
		return object.getExternalId() != null ? "with external id '" + object.getExternalId() + "'"
				: "with id " + object.getId();
	}
}
