package no.saint.ui.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.saint.engine.EntityKey;
import no.saint.engine.StatusRow;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.StatusDefinition;
import no.saint.model.crm.Entity;
import no.saint.store.NameKeys;
import no.saint.store.Page;

/**
 * The rows of the navigator: companies, persons or projects, found by name
 * prefix, narrowed to one status, sorted by name or by status rank. Without a
 * search text or status the rows are read page by page as the table asks for
 * them, so that a table over 100,000 companies opens at once. With a search
 * text at most {@value #MAX_MATCHES} matches are listed.
 */
public final class NavigatorModel {

	/** How the rows are ordered. */
	public enum Sort {
		NAME_ASCENDING, NAME_DESCENDING, STATUS
	}

	public static final int PAGE_SIZE = 200;
	public static final int MAX_MATCHES = 10_000;

	private final SaintSession session;
	private EntityType type = EntityType.COMPANY;
	private String search = "";
	private String statusFilter;
	private Sort sort = Sort.NAME_ASCENDING;

	private int size;
	/** The rows of a search or status filter; null while browsing every entity page by page. */
	private List<EntityRow> matches;
	private final Map<Integer, List<EntityRow>> pages = new HashMap<>();

	public NavigatorModel(SaintSession session) {
		this.session = session;
		refresh();
	}

	public EntityType type() {
		return type;
	}

	public void setType(EntityType type) {
		this.type = type;
		this.statusFilter = null;
		refresh();
	}

	public void setSearch(String search) {
		this.search = search == null ? "" : search.strip();
		refresh();
	}

	/** Shows only the entities with the named status; null shows all. */
	public void setStatusFilter(String statusName) {
		this.statusFilter = statusName;
		refresh();
	}

	public String statusFilter() {
		return statusFilter;
	}

	public void setSort(Sort sort) {
		this.sort = sort;
		refresh();
	}

	public Sort sort() {
		return sort;
	}

	/** Returns the statuses that watch the current entity type, lowest rank first, for the status filter. */
	public List<StatusDefinition> statusChoices() {
		return session.ruleSet().statusesFor(type);
	}

	/** Reads the rows again, after a change of the criteria or of the data. */
	public void refresh() {
		pages.clear();
		boolean browsing = search.isEmpty() && statusFilter == null && sort != Sort.STATUS;
		if (browsing) {
			matches = null;
			size = (int) Math.min(Integer.MAX_VALUE, session.store().count(EntityTypes.modelClass(type)));
			return;
		}
		matches = statusFilter != null ? rowsWithStatus() : rowsByName();
		matches.sort(comparator());
		size = matches.size();
	}

	private List<EntityRow> rowsWithStatus() {
		String prefix = NameKeys.of(search);
		List<EntityRow> rows = new ArrayList<>();
		for (StatusRow row : session.index().entitiesWith(statusFilter)) {
			if (row.key().type() == type && NameKeys.of(row.entityName() == null ? "" : row.entityName()).startsWith(prefix)) {
				rows.add(new EntityRow(row.key(), row.entityName()));
			}
		}
		return rows;
	}

	// NOTE: sorting by status without a search text loads up to MAX_MATCHES entities by name, not all of them.
	private List<EntityRow> rowsByName() {
		List<? extends Entity> found = session.store().findByName(EntityTypes.modelClass(type), search,
				Page.first(MAX_MATCHES));
		List<EntityRow> rows = new ArrayList<>(found.size());
		found.forEach(entity -> rows.add(row(entity)));
		return rows;
	}

	private Comparator<EntityRow> comparator() {
		Comparator<EntityRow> byName = Comparator.comparing(row -> NameKeys.of(row.name() == null ? "" : row.name()));
		return switch (sort) {
		case NAME_ASCENDING -> byName;
		case NAME_DESCENDING -> byName.reversed();
		case STATUS -> Comparator.comparingInt(this::topRank).thenComparing(byName);
		};
	}

	private int topRank(EntityRow row) {
		List<StatusDefinition> statuses = session.statuses(row.key());
		return statuses.isEmpty() ? Integer.MAX_VALUE : statuses.get(0).rank();
	}

	public int size() {
		return size;
	}

	/** Returns the row at {@code index}, reading its page when needed. */
	public EntityRow row(int index) {
		if (matches != null) {
			return matches.get(index);
		}
		List<EntityRow> page = pages.computeIfAbsent(index / PAGE_SIZE, this::readPage);
		int offset = index % PAGE_SIZE;
		return offset < page.size() ? page.get(offset) : null;
	}

	/** Reads one page in name order; for descending order, the mirrored page reversed. */
	private List<EntityRow> readPage(int pageNumber) {
		int first = pageNumber * PAGE_SIZE;
		int count = Math.min(PAGE_SIZE, size - first);
		if (count <= 0) {
			return List.of();
		}
		int offset = sort == Sort.NAME_DESCENDING ? size - first - count : first;
		List<? extends Entity> found = session.store().findByName(EntityTypes.modelClass(type), "",
				new Page(offset, count));
		List<EntityRow> rows = new ArrayList<>(found.size());
		found.forEach(entity -> rows.add(row(entity)));
		if (sort == Sort.NAME_DESCENDING) {
			java.util.Collections.reverse(rows);
		}
		return rows;
	}

	/** Returns the index of the entity's row, or -1 when it is not among the loaded rows. */
	public int indexOf(EntityKey key) {
		if (matches != null) {
			for (int i = 0; i < matches.size(); i++) {
				if (matches.get(i).key().equals(key)) {
					return i;
				}
			}
			return -1;
		}
		for (Map.Entry<Integer, List<EntityRow>> page : pages.entrySet()) {
			List<EntityRow> rows = page.getValue();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).key().equals(key)) {
					return page.getKey() * PAGE_SIZE + i;
				}
			}
		}
		return -1;
	}

	private static EntityRow row(Entity entity) {
		return new EntityRow(new EntityKey(EntityTypes.typeOf(entity), entity.getId()), entity.getName());
	}
}
