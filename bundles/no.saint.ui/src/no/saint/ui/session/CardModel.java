package no.saint.ui.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;

import no.saint.engine.EntityKey;
import no.saint.evaluation.StatusDefinition;
import no.saint.model.crm.Activity;
import no.saint.model.crm.Associate;
import no.saint.model.crm.Company;
import no.saint.model.crm.Entity;
import no.saint.model.crm.ListValue;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;
import no.saint.model.crm.Request;
import no.saint.model.crm.Sale;
import no.saint.store.CrmStore;
import no.saint.store.Page;

/**
 * The content of a company, person or project card: the entity's fields, its
 * activities, sales and requests (newest first) and its statuses, with the
 * status whose image is the card's watermark.
 *
 * @param variables the entity's fields by rules-language path, for status descriptions
 */
public record CardModel(EntityKey key, String title, List<Field> fields, List<RecordLine> activities,
		List<RecordLine> sales, List<RecordLine> requests, List<StatusDefinition> statuses,
		Optional<StatusDefinition> watermark, Map<String, String> variables) {

	/** A labelled field value. */
	public record Field(String label, String value) {
	}

	/** One activity, sale or request as a table row. */
	public record RecordLine(LocalDate date, String kind, String text, String owner) {
	}

	/**
	 * Threads that read a card's activities, sales and requests while the
	 * calling thread reads the entity. Each read takes a connection of its own
	 * from the store's pool, so the four reads overlap instead of running one
	 * after another.
	 */
	private static final ExecutorService RECORD_READERS = Executors.newFixedThreadPool(3, runnable -> {
		Thread thread = new Thread(runnable, "SAINT card record reader");
		thread.setDaemon(true);
		return thread;
	});

	/** Loads the card of {@code key} from the session's database. */
	public static CardModel load(SaintSession session, EntityKey key) {
		CrmStore store = session.store();
		no.saint.model.crm.EntityType type = EntityTypes.modelType(key.type());
		Future<List<Activity>> activityRecords = RECORD_READERS
				.submit(() -> store.records(Activity.class, type, key.id(), null, null, Page.all()));
		Future<List<Sale>> saleRecords = RECORD_READERS
				.submit(() -> store.records(Sale.class, type, key.id(), null, null, Page.all()));
		Future<List<Request>> requestRecords = RECORD_READERS
				.submit(() -> store.records(Request.class, type, key.id(), null, null, Page.all()));
		Entity entity;
		try {
			entity = store.find(EntityTypes.modelClass(key.type()), key.id())
					.orElseThrow(() -> new IllegalArgumentException(NLS.bind(SessionMessages.Entity_notFound, key)));
		} catch (RuntimeException e) {
			activityRecords.cancel(false);
			saleRecords.cancel(false);
			requestRecords.cancel(false);
			throw e;
		}

		List<RecordLine> activities = new ArrayList<>();
		for (Activity activity : result(activityRecords)) {
			activities.add(new RecordLine(activity.getDate(), literal(activity.getType()) + " / "
					+ literal(activity.getDirection()) + (activity.isCompleted() ? "" : " *"),
					activity.getText(), name(activity.getOwner())));
		}
		List<RecordLine> sales = new ArrayList<>();
		for (Sale sale : result(saleRecords)) {
			sales.add(new RecordLine(sale.getDate(), literal(sale.getStatus()) + " " + amount(sale.getAmount()),
					sale.getText(), name(sale.getOwner())));
		}
		List<RecordLine> requests = new ArrayList<>();
		for (Request request : result(requestRecords)) {
			requests.add(new RecordLine(request.getDate(), literal(request.getStatus()), request.getText(),
					name(request.getOwner())));
		}
		Collections.reverse(activities);
		Collections.reverse(sales);
		Collections.reverse(requests);

		return new CardModel(key, entity.getName(), fields(entity), activities, sales, requests,
				session.statuses(key), session.watermarkStatus(key), variables(key, entity));
	}

	/**
	 * Returns the entity's fields by rules-language path, as
	 * {@link SaintSession#snapshot} has them, but from the entity already read,
	 * so that opening a card does not read the entity and its records again.
	 * Absent values are missing from the map.
	 */
	static Map<String, String> variables(EntityKey key, Entity entity) {
		// NOTE: These paths repeat those of the store's bulk reader (EntityRecords.Entity.fields),
		// so a field added there must be added here. SessionModelTest.cardVariablesMatchSnapshot compares both.
		String prefix = key.type().name().toLowerCase(Locale.ROOT) + ".";
		Map<String, String> variables = new HashMap<>();
		put(variables, prefix + "name", entity.getName());
		put(variables, prefix + "owner", name(entity.getOwner()));
		switch (entity) {
		case Company company -> {
			put(variables, prefix + "category", name(company.getCategory()));
			put(variables, prefix + "business", company.getBusiness());
			put(variables, prefix + "country", company.getCountry());
			put(variables, prefix + "postcode", company.getPostcode());
		}
		case Person person -> {
			Company company = person.getCompany();
			put(variables, prefix + "company.name", company == null ? null : company.getName());
			put(variables, prefix + "company.category", company == null ? null : name(company.getCategory()));
			put(variables, prefix + "position", person.getPosition());
		}
		case Project project -> {
			put(variables, prefix + "status", project.getStatus() == null ? null : project.getStatus().getLiteral());
			put(variables, prefix + "type", name(project.getType()));
		}
		default -> {
			// Every entity is a company, person or project.
		}
		}
		return variables;
	}

	private static void put(Map<String, String> variables, String path, String value) {
		if (value != null) {
			variables.put(path, value);
		}
	}

	/** Waits for a record read and passes on its exception unchanged when it failed. */
	private static <T> T result(Future<T> read) {
		try {
			return read.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the records of a card", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("Reading the records of a card failed", e.getCause());
		}
	}

	private static List<Field> fields(Entity entity) {
		List<Field> fields = new ArrayList<>();
		fields.add(new Field(SessionMessages.Card_name, entity.getName()));
		fields.add(new Field(SessionMessages.Card_owner, name(entity.getOwner())));
		switch (entity) {
		case Company company -> {
			fields.add(new Field(SessionMessages.Card_category, name(company.getCategory())));
			fields.add(new Field(SessionMessages.Card_business, company.getBusiness()));
			fields.add(new Field(SessionMessages.Card_postcode, company.getPostcode()));
			fields.add(new Field(SessionMessages.Card_country, company.getCountry()));
		}
		case Person person -> {
			fields.add(new Field(SessionMessages.Card_company, person.getCompany() == null ? null : person.getCompany().getName()));
			fields.add(new Field(SessionMessages.Card_position, person.getPosition()));
		}
		case Project project -> {
			fields.add(new Field(SessionMessages.Card_company, project.getCompany() == null ? null : project.getCompany().getName()));
			fields.add(new Field(SessionMessages.Card_projectStatus, literal(project.getStatus())));
			fields.add(new Field(SessionMessages.Card_projectType, name(project.getType())));
		}
		default -> {
			// Every entity is a company, person or project.
		}
		}
		return fields;
	}

	/** Returns the hover text of the watermark, or an empty string when the card has none. */
	public String hoverText() {
		return watermark.map(status -> StatusTexts.hover(status, otherStatuses(status), variables)).orElse("");
	}

	/** Returns the names of the statuses other than {@code status}, lowest rank first. */
	public List<String> otherStatuses(StatusDefinition status) {
		return statuses.stream().map(StatusDefinition::name).filter(name -> !name.equals(status.name())).toList();
	}

	private static String literal(Enumerator value) {
		return value == null ? "" : value.getLiteral();
	}

	private static String name(Associate associate) {
		return associate == null ? null : associate.getName();
	}

	private static String name(ListValue value) {
		return value == null ? null : value.getName();
	}

	private static String amount(BigDecimal amount) {
		return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
	}
}
