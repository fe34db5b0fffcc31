package no.saint.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import no.saint.cli.Options.UsageException;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StatusRow;
import no.saint.evaluation.EntityType;

/**
 * {@code saint statuses}: lists the signalled statuses of the last
 * regeneration, lowest rank first, as a table, CSV or JSON.
 */
class StatusesCommand implements Command {

	@Override
	public String name() {
		return "statuses";
	}

	@Override
	public String summaryKey() {
		return "statuses.summary";
	}

	@Override
	public int run(List<String> arguments, Context context) throws Exception {
		int[] exit = new int[1];
		Options options = CommandSupport.parse(this, arguments,
				Set.of("status", "entity-type", "format", "db", "user", "password"), context, exit);
		if (options == null) {
			return exit[0];
		}
		try {
			String format = options.value("format", "table");
			if (!Set.of("table", "csv", "json").contains(format)) {
				throw new UsageException("error.badFormat", format);
			}
			EntityType type = CommandSupport.entityType(options);
			StatusDatabase database = new StatusDatabase(CommandSupport.database(options));
			database.createTables();
			List<StatusRow> rows = database.signalledStatuses(options.value("status"), type);
			print(format, rows, context);
			return SaintCommandLine.EXIT_OK;
		} catch (UsageException e) {
			context.err().println(e.message(context.messages()));
			return SaintCommandLine.EXIT_USAGE;
		}
	}

	private static void print(String format, List<StatusRow> rows, Context context) {
		switch (format) {
		case "csv" -> printCsv(rows, context.out());
		case "json" -> printJson(rows, context.out());
		default -> printTable(rows, context);
		}
	}

	private static void printCsv(List<StatusRow> rows, PrintStream out) {
		out.println("status,entity_type,entity_id,entity_name,rank");
		for (StatusRow row : rows) {
			out.println(String.join(",", csv(row.status()), StatusDatabase.typeName(row.key().type()),
					Long.toString(row.key().id()), csv(row.entityName()), Integer.toString(row.rank())));
		}
	}

	/** Quotes a CSV field when it contains a comma, quote or line break (RFC 4180). */
	static String csv(String value) {
		if (value == null) {
			return "";
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	private static void printJson(List<StatusRow> rows, PrintStream out) {
		out.println("[");
		for (int i = 0; i < rows.size(); i++) {
			StatusRow row = rows.get(i);
			out.printf("  {\"status\": %s, \"entity_type\": \"%s\", \"entity_id\": %d, \"entity_name\": %s, \"rank\": %d}%s%n",
					json(row.status()), StatusDatabase.typeName(row.key().type()), row.key().id(), json(row.entityName()),
					row.rank(), i + 1 < rows.size() ? "," : "");
		}
		out.println("]");
	}

	static String json(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder text = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
			case '"' -> text.append("\\\"");
			case '\\' -> text.append("\\\\");
			case '\n' -> text.append("\\n");
			case '\r' -> text.append("\\r");
			case '\t' -> text.append("\\t");
			default -> {
				if (c < 0x20) {
					text.append(String.format("\\u%04x", (int) c));
				} else {
					text.append(c);
				}
			}
			}
		}
		return text.append('"').toString();
	}

	private static void printTable(List<StatusRow> rows, Context context) {
		CliMessages messages = context.messages();
		String[] header = { messages.format("statuses.column.status"), messages.format("statuses.column.type"),
				messages.format("statuses.column.id"), messages.format("statuses.column.name"),
				messages.format("statuses.column.rank") };
		int[] widths = new int[header.length];
		for (int i = 0; i < header.length; i++) {
			widths[i] = header[i].length();
		}
		for (StatusRow row : rows) {
			String[] cells = cells(row);
			for (int i = 0; i < cells.length; i++) {
				widths[i] = Math.max(widths[i], cells[i].length());
			}
		}
		printRow(header, widths, context.out());
		for (StatusRow row : rows) {
			printRow(cells(row), widths, context.out());
		}
		context.out().println(messages.format("statuses.total", rows.size()));
	}

	private static String[] cells(StatusRow row) {
		return new String[] { row.status(), StatusDatabase.typeName(row.key().type()), Long.toString(row.key().id()),
				row.entityName() == null ? "" : row.entityName(), Integer.toString(row.rank()) };
	}

	private static void printRow(String[] cells, int[] widths, PrintStream out) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			line.append(cells[i]).append(" ".repeat(widths[i] - cells[i].length() + 2));
		}
		out.println(line.toString().stripTrailing());
	}
}
