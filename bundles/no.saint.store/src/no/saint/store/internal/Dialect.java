package no.saint.store.internal;

import no.saint.store.DatabaseSettings;

/** The SQL that differs between the two supported databases. */
enum Dialect {

	H2("SELECT NEXT VALUE FOR crm_id_seq", ""),

	/** A prefix search on an index needs varchar_pattern_ops unless the database uses the C collation. */
	POSTGRESQL("SELECT nextval('crm_id_seq')", " varchar_pattern_ops");

	final String nextIdBlockSql;
	final String nameKeyIndexOptions;

	Dialect(String nextIdBlockSql, String nameKeyIndexOptions) {
		this.nextIdBlockSql = nextIdBlockSql;
		this.nameKeyIndexOptions = nameKeyIndexOptions;
	}

	static Dialect of(DatabaseSettings settings) {
		return settings.isPostgreSql() ? POSTGRESQL : H2;
	}
}
