package no.saint.ui.session;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import no.saint.model.crm.Associate;
import no.saint.model.crm.Company;
import no.saint.model.crm.Entity;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;

/**
 * Writes the members of a selection with their contact data as CSV (RFC 4180,
 * UTF-8, comma-separated, header row) for a mailing: name, type, company,
 * position, postcode, country and owner. The CRM model keeps no e-mail
 * addresses or phone numbers, so the export has none.
 */
public final class MailingExport {

	/** Column headers of the export, in order. */
	public static final List<String> HEADERS = List.of("name", "type", "company", "position", "postcode", "country",
			"owner");

	private final SaintSession session;

	public MailingExport(SaintSession session) {
		this.session = session;
	}

	/**
	 * Writes the members to {@code file}. Writes a temporary file first and
	 * moves it into place, so a failure never leaves a half-written file.
	 */
	public void write(List<EntityRow> members, Path file) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(directory, ".saint-export", ".csv");
		try {
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
					CSVPrinter csv = new CSVPrinter(writer,
							CSVFormat.RFC4180.builder().setHeader(HEADERS.toArray(String[]::new)).get())) {
				for (EntityRow member : members) {
					csv.printRecord(row(member));
				}
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private List<String> row(EntityRow member) {
		Entity entity = session.store().find(EntityTypes.modelClass(member.key().type()), member.key().id())
				.orElse(null);
		if (entity == null) {
			return List.of(member.name(), typeName(member), "", "", "", "", "");
		}
		Company company = switch (entity) {
		case Company self -> self;
		case Person person -> person.getCompany();
		case Project project -> project.getCompany();
		default -> null;
		};
		String position = entity instanceof Person person ? text(person.getPosition()) : "";
		return List.of(text(entity.getName()), typeName(member), company == null ? "" : text(company.getName()), position,
				company == null ? "" : text(company.getPostcode()), company == null ? "" : text(company.getCountry()),
				owner(entity.getOwner()));
	}

	private static String typeName(EntityRow member) {
		return member.key().type().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static String owner(Associate owner) {
		return owner == null ? "" : text(owner.getName());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
