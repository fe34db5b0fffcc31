package no.saint.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Receives the status changes that any client writes to one PostgreSQL
 * database, through LISTEN/NOTIFY on a connection of its own. The channel is
 * named after the schema, so that clients of different schemas do not hear
 * each other. A background thread polls every 250 ms; close the listener to stop it.
 */
public final class StatusListener implements AutoCloseable {

	private static final int POLL_MILLIS = 250;

	private final Connection connection;
	private final Consumer<StatusChange> consumer;
	private final Thread thread;
	private volatile boolean running = true;

	/** Starts listening on {@code database}, which must be a PostgreSQL database. */
	public StatusListener(StatusDatabase database, Consumer<StatusChange> consumer) throws SQLException {
		if (!database.settings().isPostgreSql()) {
			throw new IllegalArgumentException("Status notifications need PostgreSQL, not " + database.settings().url());
		}
		this.consumer = consumer;
		this.connection = database.settings().open();
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN \"" + channel(connection) + "\"");
		}
		this.thread = new Thread(this::poll, "SAINT status listener");
		thread.setDaemon(true);
		thread.start();
	}

	/** Returns the notification channel of the connection's current schema. */
	static String channel(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT current_schema()")) {
			result.next();
			return ("saint_status_" + result.getString(1)).replace("\"", "");
		}
	}

	private void poll() {
		PGConnection pgConnection;
		try {
			pgConnection = connection.unwrap(PGConnection.class);
		} catch (SQLException e) {
			ILog.of(StatusListener.class).error("Cannot listen for status changes on " + connection, e);
			return;
		}
		while (running) {
			try {
				PGNotification[] notifications = pgConnection.getNotifications(POLL_MILLIS);
				if (notifications == null) {
					continue;
				}
				for (PGNotification notification : notifications) {
					consumer.accept(StatusDatabase.parsePayload(notification.getParameter()));
				}
			} catch (SQLException e) {
				if (running) {
					ILog.of(StatusListener.class).error("Listening for status changes failed; the listener stops", e);
				}
				return;
			}
		}
	}

	@Override
	public void close() throws SQLException {
		running = false;
		try {
			thread.join(2 * POLL_MILLIS + 1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		connection.close();
	}
}
