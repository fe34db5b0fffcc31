package no.saint.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.saint.model.crm.CrmObject;

/**
 * A CRM table and its mapping to a model class. Every table starts with
 * {@code id} and {@code external_id}; tables of named objects store
 * {@code name_key}, the search key of the name, after them.
 */
final class Table<T extends CrmObject> {

	/** Creates the object for a row; the selection table picks the class from its kind column. */
	interface Factory<T> {
		T create(ResultSet row) throws SQLException;
	}

	final String name;
	final Class<T> type;
	final Factory<T> factory;
	/** Returns the name to build {@code name_key} from; null for tables without a name. */
	final Function<T, String> nameOf;
	final List<Column<T>> columns;

	Table(String name, Class<T> type, Factory<T> factory, Function<T, String> nameOf, List<Column<T>> columns) {
		this.name = name;
		this.type = type;
		this.factory = factory;
		this.nameOf = nameOf;
		this.columns = List.copyOf(columns);
	}

	boolean hasNameKey() {
		return nameOf != null;
	}

	/** Columns after id and external_id, in the order of the statements below. */
	private String columnList() {
		String names = columns.stream().map(column -> column.name).collect(Collectors.joining(", "));
		return hasNameKey() ? "name_key, " + names : names;
	}

	private int valueCount() {
		return columns.size() + (hasNameKey() ? 1 : 0);
	}

	String insertSql() {
		return "INSERT INTO " + name + " (id, external_id, " + columnList() + ") VALUES (?, ?"
				+ ", ?".repeat(valueCount()) + ")";
	}

	String updateSql() {
		String assignments = (hasNameKey() ? "name_key = ?, " : "")
				+ columns.stream().map(column -> column.name + " = ?").collect(Collectors.joining(", "));
		return "UPDATE " + name + " SET external_id = ?, " + assignments + " WHERE id = ?";
	}

	/** Selects every mapped column of rows aliased {@code t}; append a WHERE or ORDER BY clause. */
	String selectSql() {
		return "SELECT t.id, t.external_id, " + columns.stream().map(column -> "t." + column.name)
				.collect(Collectors.joining(", ")) + " FROM " + name + " t";
	}
}
