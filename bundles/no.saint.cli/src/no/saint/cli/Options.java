package no.saint.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one sub-command: {@code --name value} pairs, the flag
 * {@code --help} and positional arguments. Rejects options the command does
 * not know and options without a value.
 */
final class Options {

	private final Map<String, String> values = new HashMap<>();
	private final List<String> positional = new ArrayList<>();
	private boolean help;

	private Options() {
	}

	/**
	 * Parses {@code arguments} against the option names (without {@code --})
	 * that take a value.
	 *
	 * @throws UsageException naming the unknown option or the option without a value
	 */
	static Options parse(List<String> arguments, Set<String> known) throws UsageException {
		Options options = new Options();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--help") || argument.equals("-h")) {
				options.help = true;
			} else if (argument.startsWith("--")) {
				String name = argument.substring(2);
				if (!known.contains(name)) {
					throw new UsageException("error.unknownOption", argument);
				}
				if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
					throw new UsageException("error.missingValue", argument);
				}
				options.values.put(name, arguments.get(++i));
			} else {
				options.positional.add(argument);
			}
		}
		return options;
	}

	boolean help() {
		return help;
	}

	String value(String name) {
		return values.get(name);
	}

	String value(String name, String defaultValue) {
		return values.getOrDefault(name, defaultValue);
	}

	List<String> positional() {
		return positional;
	}

	/** A wrong command line: the key of its message and the message's arguments. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;
		private final String key;
		private final transient Object[] arguments;

		UsageException(String key, Object... arguments) {
			super(key);
			this.key = key;
			this.arguments = arguments;
		}

		String message(CliMessages messages) {
			return messages.format(key, arguments);
		}
	}
}
