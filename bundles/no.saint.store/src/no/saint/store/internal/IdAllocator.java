package no.saint.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hands out row ids from blocks of the sequence {@code crm_id_seq}: each
 * call of the sequence reserves {@link Migrations#ID_BLOCK_SIZE} ids, so a
 * batch insert needs one sequence call per block instead of one per row. All
 * tables share the sequence, so an id identifies a row in the whole database.
 */
final class IdAllocator {

	private final Dialect dialect;
	private long next;
	private long end;

	IdAllocator(Dialect dialect) {
		this.dialect = dialect;
	}

	synchronized long next(Connection connection) throws SQLException {
		if (next == end) {
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery(dialect.nextIdBlockSql)) {
				result.next();
				next = result.getLong(1);
				end = next + Migrations.ID_BLOCK_SIZE;
			}
		}
		return next++;
	}
}
