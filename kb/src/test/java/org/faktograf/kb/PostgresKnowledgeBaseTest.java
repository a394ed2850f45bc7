package org.faktograf.kb;

/** The knowledge-base suite on the PostgreSQL server of {@code FAKTOGRAF_TEST_PG_URL}, a schema per test. */
class PostgresKnowledgeBaseTest extends KnowledgeBaseContract {
    @Override
    protected String newDatabase() {
        return TestDatabases.newPostgresSchema();
    }

    @Override
    protected void dropDatabase(String spec) {
        TestDatabases.dropPostgresSchema(spec);
    }
}
