package dev.atende.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each run works in its own schema, and everything the application creates lands in it. */
@PostgresServerTest
class PostgresSchemaTests extends ApiSpec {

    @Test
    void runsInItsOwnFreshSchema() {
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).startsWith("atende_test_");
    }

    @Test
    void migrationsModulithEventsAndTicketNumbersLiveInThatSchema() {
        assertThat(relationsInCurrentSchema("flyway_schema_history", "users", "tickets", "event_publication",
                "ticket_number_seq")).isEqualTo(5);
    }

    @Test
    void flywayAppliedTheMigrationsIntoIt() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version is not null", Integer.class);
        assertThat(applied).isPositive();
    }

    private Integer relationsInCurrentSchema(String... names) {
        return jdbc.queryForObject("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relname = any (?)""",
                Integer.class, (Object) names);
    }
}
