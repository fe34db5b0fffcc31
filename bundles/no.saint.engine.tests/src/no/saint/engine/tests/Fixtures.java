package no.saint.engine.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.saint.engine.CrmRecord;
import no.saint.engine.EntityKey;
import no.saint.engine.EntitySnapshot;
import no.saint.evaluation.Criterion;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.Operator;
import no.saint.evaluation.PeriodUnit;
import no.saint.evaluation.RecordField;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.Source;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;

/** Builds rule sets and entities for engine tests directly from the evaluation records. */
final class Fixtures {

	static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);

	private Fixtures() {
	}

	static Window last(int amount, PeriodUnit unit) {
		return new Window.Last(amount, unit);
	}

	static Filter field(RecordField field, String... values) {
		return new Filter.FieldIn(field, List.of(values), false);
	}

	static Measure.Count count(Source source, Filter filter, Window window) {
		return new Measure.Count(source, filter, window);
	}

	static Criterion compare(Measure measure, Operator operator, long threshold) {
		return new Criterion.Comparison(measure, operator, BigDecimal.valueOf(threshold));
	}

	static StatusDefinition status(String name, EntityType type, int rank, Criterion criterion) {
		return new StatusDefinition(name, type, rank, true, null, false, null, null, criterion, 1);
	}

	static RuleSet rules(StatusDefinition... statuses) {
		return new RuleSet("test", List.of(statuses), List.of());
	}

	static CrmRecord.Activity activity(LocalDate date, String direction) {
		return new CrmRecord.Activity(date, "phone", direction, "Sale", true);
	}

	static CrmRecord.Sale sale(LocalDate date, String status, long amount) {
		return new CrmRecord.Sale(date, status, BigDecimal.valueOf(amount));
	}

	/** A mutable builder of one entity snapshot. */
	static final class Entity {
		private final EntityKey key;
		private final String name;
		private final Map<String, String> fields = new HashMap<>();
		private final List<CrmRecord.Activity> activities = new ArrayList<>();
		private final List<CrmRecord.Sale> sales = new ArrayList<>();
		private final List<CrmRecord.Request> requests = new ArrayList<>();

		Entity(EntityType type, long id, String name) {
			this.key = new EntityKey(type, id);
			this.name = name;
		}

		static Entity company(long id, String name) {
			return new Entity(EntityType.COMPANY, id, name);
		}

		Entity field(String path, String value) {
			fields.put(path, value);
			return this;
		}

		Entity activity(CrmRecord.Activity activity) {
			activities.add(activity);
			return this;
		}

		Entity sale(CrmRecord.Sale sale) {
			sales.add(sale);
			return this;
		}

		Entity request(CrmRecord.Request request) {
			requests.add(request);
			return this;
		}

		EntitySnapshot build() {
			return new EntitySnapshot(key, name, fields, activities, sales, requests);
		}
	}
}
