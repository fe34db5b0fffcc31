package no.saint.ui.session;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import no.saint.evaluation.StatusDefinition;

/** Builds the texts shown for a status: its description with filled-in variables and the hover text. */
public final class StatusTexts {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)\\}");

	private StatusTexts() {
	}

	/**
	 * Replaces every {@code {company.name}}-style variable of {@code template}
	 * with the entity's field of that path. A variable without a value stays as written.
	 */
	public static String fill(String template, Map<String, String> fields) {
		if (template == null) {
			return "";
		}
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = fields.get(matcher.group(1));
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : matcher.group()));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/**
	 * Returns the hover text of a status image: the status name, its
	 * description and, when there are any, the entity's other statuses.
	 */
	public static String hover(StatusDefinition status, List<String> otherStatuses, Map<String, String> fields) {
		StringBuilder text = new StringBuilder(status.name());
		String description = fill(status.description(), fields);
		if (!description.isEmpty()) {
			text.append('\n').append(description);
		}
		if (!otherStatuses.isEmpty()) {
			text.append("\n\n").append(NLS.bind(SessionMessages.StatusTexts_otherStatuses,
					String.join(", ", otherStatuses)));
		}
		return text.toString();
	}
}
