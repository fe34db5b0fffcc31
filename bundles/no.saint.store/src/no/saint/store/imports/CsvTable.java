package no.saint.store.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read completely into memory, so that a broken file is rejected
 * before anything is stored. Column names are matched without regard to case
 * and surrounding spaces.
 */
final class CsvTable {

	/** How the bytes of a file may be decoded. */
	enum Encoding {
		/** UTF-8, with or without byte order mark; anything else is an error. */
		UTF8_ONLY,
		/** UTF-8 with or without byte order mark, else Windows-1252, as spreadsheet exports in Norway are. */
		UTF8_OR_WINDOWS_1252
	}

	/** One data row: its values by lower-case column name, and the line where it starts. */
	record Row(String file, long line, Map<String, String> values, boolean complete) {

		/** Returns the trimmed value of {@code column}, or null when it is empty or absent. */
		String get(String column) {
			String value = values.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	final String file;
	final List<String> columns;
	final List<Row> rows;

	private CsvTable(String file, List<String> columns, List<Row> rows) {
		this.file = file;
		this.columns = columns;
		this.rows = rows;
	}

	/**
	 * Reads {@code path}, detecting the separator (comma, semicolon or tab)
	 * from the header line, and checks that every required column is there.
	 */
	static CsvTable read(Path path, Encoding encoding, List<String> requiredColumns) throws ImportException {
		String file = path.getFileName().toString();
		String text = decode(file, readBytes(path, file), encoding);
		if (text.isBlank()) {
			throw new ImportException(file, 0, "file.empty");
		}

		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separatorOf(text)).setHeader()
				.setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> columns = parser.getHeaderNames().stream().map(name -> name.strip().toLowerCase(Locale.ROOT))
					.toList();
			checkColumns(file, columns, requiredColumns);
			return new CsvTable(file, columns, readRows(file, parser, columns));
		} catch (IOException | IllegalArgumentException e) {
			throw new ImportException(file, 1, "file.badHeader", String.valueOf(e.getMessage()));
		}
	}

	private static byte[] readBytes(Path path, String file) throws ImportException {
		try {
			return Files.readAllBytes(path);
		} catch (NoSuchFileException e) {
			throw new ImportException(file, 0, "file.missing", path.toAbsolutePath().toString());
		} catch (IOException e) {
			throw new ImportException(file, 0, "file.unreadable", String.valueOf(e.getMessage()));
		}
	}

	/** Decodes the bytes; UTF-16 and binary files are rejected, because their text would be garbage. */
	static String decode(String file, byte[] bytes, Encoding encoding) throws ImportException {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			throw new ImportException(file, 0, "file.utf16");
		}
		int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
				? 3 : 0;
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new ImportException(file, lineAt(bytes, i), "file.binary");
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (CharacterCodingException e) {
			if (encoding == Encoding.UTF8_ONLY || start == 3) {
				throw new ImportException(file, lineAt(bytes, firstInvalidUtf8(bytes, start)), "file.notUtf8");
			}
			return new String(bytes, WINDOWS_1252);
		}
	}

	private static int firstInvalidUtf8(byte[] bytes, int start) {
		for (int end = start + 1; end <= bytes.length; end++) {
			try {
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(bytes, start, end - start));
			} catch (CharacterCodingException e) {
				// A multi-byte sequence cut off at the end is no error yet: only an invalid byte is.
				if (end - start >= 4 || end == bytes.length) {
					return end - 1;
				}
				continue;
			}
			start = end;
		}
		return bytes.length - 1;
	}

	private static long lineAt(byte[] bytes, int index) {
		long line = 1;
		for (int i = 0; i < index && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/** Returns the separator that occurs most often outside quotes in the header line. */
	static char separatorOf(String text) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			} else if (!quoted) {
				semicolons += c == ';' ? 1 : 0;
				commas += c == ',' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	private static void checkColumns(String file, List<String> columns, List<String> required)
			throws ImportException {
		for (String column : required) {
			if (!columns.contains(column)) {
				throw new ImportException(file, 1, "file.missingColumn", column, String.join(", ", columns));
			}
		}
	}

	private static List<Row> readRows(String file, CSVParser parser, List<String> columns) throws ImportException {
		List<Row> rows = new ArrayList<>();
		Iterator<CSVRecord> records = parser.iterator();
		long previousEnd = parser.getCurrentLineNumber();
		while (true) {
			CSVRecord csvRecord;
			try {
				if (!records.hasNext()) {
					break;
				}
				csvRecord = records.next();
			} catch (UncheckedIOException | IllegalStateException e) {
				throw new ImportException(file, previousEnd + 1, "file.badQuoting",
						String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
			}
			// NOTE: an empty line before a record makes this point at the empty line.
			long line = previousEnd + 1;
			previousEnd = parser.getCurrentLineNumber();
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < columns.size() && i < csvRecord.size(); i++) {
				values.put(columns.get(i), csvRecord.get(i));
			}
			rows.add(new Row(file, line, values, csvRecord.size() == columns.size()));
		}
		return rows;
	}
}
