package no.saint.store.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.saint.model.crm.Activity;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;
import no.saint.model.crm.Request;
import no.saint.model.crm.Sale;
import no.saint.store.CrmStore;

/**
 * Stores generated demo data in transactions of about
 * {@value #TRANSACTION_SIZE} objects, so that memory contains the objects of one
 * transaction at a time.
 */
public final class DemoLoader {

	/** Objects per transaction. */
	public static final int TRANSACTION_SIZE = 20_000;

	private DemoLoader() {
	}

	/** Generates {@code companies} companies into {@code store} and returns the number of stored objects per kind. */
	public static Map<String, Integer> load(BridgecomGenerator generator, int companies, CrmStore store) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String kind : List.of("companies", "persons", "projects", "activities", "sales", "requests")) {
			counts.put(kind, 0);
		}
		List<CrmObject> pending = new ArrayList<>();
		generator.generate(companies, chunk -> {
			pending.addAll(chunk);
			count(chunk, counts);
			if (pending.size() >= TRANSACTION_SIZE) {
				store.saveAll(pending);
				pending.clear();
			}
		});
		store.saveAll(pending);
		return counts;
	}

	private static void count(List<CrmObject> chunk, Map<String, Integer> counts) {
		for (CrmObject object : chunk) {
			String kind = switch (object) {
			case Company company -> "companies";
			case Person person -> "persons";
			case Project project -> "projects";
			case Activity activity -> "activities";
			case Sale sale -> "sales";
			case Request request -> "requests";
			default -> null;
			};
			if (kind != null) {
				counts.merge(kind, 1, Integer::sum);
			}
		}
	}
}
