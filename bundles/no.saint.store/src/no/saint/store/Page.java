package no.saint.store;

/** A slice of a long result list: skip {@code offset} rows, return at most {@code limit}. */
public record Page(int offset, int limit) {

	public Page {
		if (offset < 0 || limit <= 0) {
			throw new IllegalArgumentException("Invalid page: offset " + offset + ", limit " + limit
					+ "; the offset must be 0 or more and the limit more than 0");
		}
	}

	/** Returns the first page of {@code limit} rows. */
	public static Page first(int limit) {
		return new Page(0, limit);
	}

	/** Returns the page that follows this one. */
	public Page next() {
		return new Page(offset + limit, limit);
	}

	/** A page large enough for every row. */
	public static Page all() {
		return new Page(0, Integer.MAX_VALUE);
	}
}
