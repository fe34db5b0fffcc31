package no.saint.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

import no.saint.store.DatabaseSettings;

/**
 * Keeps a few open connections for reuse. Opening a connection to an
 * embedded H2 file opens the whole database when no other connection is
 * open, so the pool keeps at least one connection while the store is open.
 */
final class ConnectionPool implements AutoCloseable {

	private static final int MAX_IDLE = 4;

	private final DatabaseSettings settings;
	private final Deque<Connection> idle = new ArrayDeque<>();
	private boolean closed;

	ConnectionPool(DatabaseSettings settings) {
		this.settings = settings;
	}

	synchronized Connection take() throws SQLException {
		if (closed) {
			throw new SQLException("The store for " + settings.url() + " is closed");
		}
		while (!idle.isEmpty()) {
			Connection connection = idle.pop();
			if (connection.isValid(2)) {
				return connection;
			}
			connection.close();
		}
		Connection connection = settings.open();
		connection.setAutoCommit(false);
		return connection;
	}

	/** Returns a connection after its transaction has ended. */
	synchronized void give(Connection connection) throws SQLException {
		if (closed || idle.size() >= MAX_IDLE || connection.isClosed()) {
			connection.close();
			return;
		}
		idle.push(connection);
	}

	@Override
	public synchronized void close() {
		closed = true;
		for (Connection connection : idle) {
			try {
				connection.close();
			} catch (SQLException e) {
				// Closing is best effort: the database drops the session either way.
			}
		}
		idle.clear();
	}
}
