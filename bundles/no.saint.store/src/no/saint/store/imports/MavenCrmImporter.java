package no.saint.store.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.saint.model.crm.Associate;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.Sale;
import no.saint.model.crm.SaleStatus;
import no.saint.store.CrmSession;
import no.saint.store.CrmStore;

/**
 * Imports the "CRM + Sales Opportunities" export (format {@code maven-crm}):
 * {@code accounts.csv} become companies, {@code sales_teams.csv} associates
 * and {@code sales_pipeline.csv} sales; {@code products.csv} lists the known
 * products. The import is one transaction, and a second import of the same
 * files updates the rows of the first by their external ids.
 */
public final class MavenCrmImporter {

	static final String ACCOUNTS = "accounts.csv";
	static final String TEAMS = "sales_teams.csv";
	static final String PRODUCTS = "products.csv";
	static final String PIPELINE = "sales_pipeline.csv";

	/** Prefix of the external ids, so that rows of other sources with equal keys stay apart. */
	static final String KEY_PREFIX = "maven-crm:";

	private static final CrmFactory FACTORY = CrmFactory.eINSTANCE;

	private final String datePattern;
	private final Values values;

	/** Creates an importer for dates in {@code datePattern}, or ISO 8601 when it is null. */
	public MavenCrmImporter(String datePattern) {
		this.datePattern = datePattern == null ? "yyyy-MM-dd" : datePattern;
		this.values = new Values(this.datePattern);
	}

	/**
	 * Reads the four files in {@code folder} and stores their good rows in one
	 * transaction. A broken file raises {@link ImportException} before
	 * anything is stored.
	 */
	public ImportReport importFrom(Path folder, CrmStore store) throws ImportException {
		CsvTable products = CsvTable.read(folder.resolve(PRODUCTS), CsvTable.Encoding.UTF8_ONLY, List.of("product"));
		CsvTable teams = CsvTable.read(folder.resolve(TEAMS), CsvTable.Encoding.UTF8_ONLY,
				List.of("sales_agent", "manager", "regional_office"));
		CsvTable accounts = CsvTable.read(folder.resolve(ACCOUNTS), CsvTable.Encoding.UTF8_ONLY,
				List.of("account", "sector", "office_location"));
		CsvTable pipeline = CsvTable.read(folder.resolve(PIPELINE), CsvTable.Encoding.UTF8_ONLY, List.of(
				"opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date",
				"close_value"));

		ImportReport report = new ImportReport();
		store.write(session -> {
			store(session, products, teams, accounts, pipeline, report);
			return null;
		});
		return report;
	}

	private void store(CrmSession session, CsvTable products, CsvTable teams, CsvTable accounts, CsvTable pipeline,
			ImportReport report) {
		Set<String> productNames = new HashSet<>();
		for (CsvTable.Row row : products.rows) {
			if (row.get("product") != null) {
				productNames.add(row.get("product"));
			}
		}

		Map<String, Associate> associates = associates(teams, session.externalIds(Associate.class), report);
		Map<String, Company> companies = companies(accounts, session.externalIds(Company.class), report);
		List<Sale> sales = sales(pipeline, productNames, associates, companies, session.externalIds(Sale.class),
				report);

		List<CrmObject> objects = new ArrayList<>(associates.values());
		objects.addAll(companies.values());
		objects.addAll(sales);
		session.saveAll(objects);
		report.addStored("associates", associates.size());
		report.addStored("companies", companies.size());
		report.addStored("sales", sales.size());
	}

	private static Map<String, Associate> associates(CsvTable teams, Map<String, Long> existing, ImportReport report) {
		Map<String, Associate> associates = new HashMap<>();
		for (CsvTable.Row row : teams.rows) {
			String name = row.get("sales_agent");
			if (!row.complete()) {
				report.reject(row.file(), row.line(), "row.fieldCount", row.values().size(), teams.columns.size());
			} else if (name == null) {
				report.reject(row.file(), row.line(), "row.missingValue", "sales_agent");
			} else if (associates.containsKey(name)) {
				report.reject(row.file(), row.line(), "row.duplicate", "sales_agent", name);
			} else {
				Associate associate = FACTORY.createAssociate();
				setKey(associate, name, existing);
				associate.setName(name);
				associate.setManager(row.get("manager"));
				associate.setRegionalOffice(row.get("regional_office"));
				associates.put(name, associate);
			}
		}
		return associates;
	}

	private static Map<String, Company> companies(CsvTable accounts, Map<String, Long> existing, ImportReport report) {
		Map<String, Company> companies = new HashMap<>();
		for (CsvTable.Row row : accounts.rows) {
			String name = row.get("account");
			if (!row.complete()) {
				report.reject(row.file(), row.line(), "row.fieldCount", row.values().size(), accounts.columns.size());
			} else if (name == null) {
				report.reject(row.file(), row.line(), "row.missingValue", "account");
			} else if (companies.containsKey(name)) {
				report.reject(row.file(), row.line(), "row.duplicate", "account", name);
			} else {
				Company company = FACTORY.createCompany();
				setKey(company, name, existing);
				company.setName(name);
				company.setBusiness(row.get("sector"));
				company.setCountry(row.get("office_location"));
				companies.put(name, company);
			}
		}
		return companies;
	}

	private List<Sale> sales(CsvTable pipeline, Set<String> productNames, Map<String, Associate> associates,
			Map<String, Company> companies, Map<String, Long> existing, ImportReport report) {
		List<Sale> sales = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CsvTable.Row row : pipeline.rows) {
			Sale sale = sale(row, pipeline, associates, companies, seen, report);
			if (sale == null) {
				continue;
			}
			setKey(sale, row.get("opportunity_id"), existing);
			String product = row.get("product");
			if (product != null && !productNames.contains(product)) {
				report.warn(row.file(), row.line(), "sale.unknownProduct", product, PRODUCTS);
			}
			sales.add(sale);
		}
		return sales;
	}

	/** Returns the sale of one pipeline row, or null after reporting why the row is rejected. */
	private Sale sale(CsvTable.Row row, CsvTable pipeline, Map<String, Associate> associates,
			Map<String, Company> companies, Set<String> seen, ImportReport report) {
		String file = row.file();
		long line = row.line();
		if (!row.complete()) {
			report.reject(file, line, "row.fieldCount", row.values().size(), pipeline.columns.size());
			return null;
		}
		String id = row.get("opportunity_id");
		if (id == null) {
			report.reject(file, line, "row.missingValue", "opportunity_id");
			return null;
		}
		if (!seen.add(id)) {
			report.reject(file, line, "row.duplicate", "opportunity_id", id);
			return null;
		}
		SaleStatus status = statusOf(row.get("deal_stage"));
		if (status == null) {
			report.reject(file, line, "sale.badStage", String.valueOf(row.get("deal_stage")));
			return null;
		}
		String account = row.get("account");
		if (account == null) {
			report.reject(file, line, "sale.noAccount", id);
			return null;
		}
		Company company = companies.get(account);
		if (company == null) {
			report.reject(file, line, "row.unknownReference", "account", account, ACCOUNTS);
			return null;
		}
		String agent = row.get("sales_agent");
		Associate owner = agent == null ? null : associates.get(agent);
		if (agent != null && owner == null) {
			report.reject(file, line, "row.unknownReference", "sales_agent", agent, TEAMS);
			return null;
		}

		LocalDate engaged;
		LocalDate closed;
		BigDecimal amount;
		try {
			engaged = date(row, "engage_date");
			closed = date(row, "close_date");
		} catch (DateTimeParseException e) {
			report.reject(file, line, "row.badDate", e.getParsedString(), datePattern);
			return null;
		}
		try {
			amount = row.get("close_value") == null ? null : Values.amount(row.get("close_value"));
		} catch (NumberFormatException e) {
			report.reject(file, line, "row.badNumber", "close_value", row.get("close_value"));
			return null;
		}
		if (status != SaleStatus.OPEN && closed == null) {
			report.reject(file, line, "sale.noCloseDate", row.get("deal_stage"));
			return null;
		}

		Sale sale = FACTORY.createSale();
		sale.setStatus(status);
		sale.setCompany(company);
		sale.setOwner(owner);
		sale.setProduct(row.get("product"));
		sale.setAmount(amount);
		sale.setRegisteredDate(engaged);
		sale.setDate(status == SaleStatus.OPEN ? engaged : closed);
		return sale;
	}

	private LocalDate date(CsvTable.Row row, String column) {
		String text = row.get(column);
		return text == null ? null : values.date(text);
	}

	private static SaleStatus statusOf(String stage) {
		if (stage == null) {
			return null;
		}
		return switch (stage) {
		case "Won" -> SaleStatus.SOLD;
		case "Lost" -> SaleStatus.LOST;
		case "Prospecting", "Engaging" -> SaleStatus.OPEN;
		default -> null;
		};
	}

	/** Sets the external id and, when a previous import stored the same key, the id of that row. */
	private static void setKey(CrmObject object, String key, Map<String, Long> existing) {
		object.setExternalId(KEY_PREFIX + key);
		Long id = existing.get(object.getExternalId());
		if (id != null) {
			object.setId(id);
		}
	}
}
