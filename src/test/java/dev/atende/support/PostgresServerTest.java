package dev.atende.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over the PostgreSQL server named by the environment
 * variable {@code ATENDE_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test};
 * user {@code ATENDE_TEST_POSTGRES_USER}, default {@code postgres}; password
 * {@code ATENDE_TEST_POSTGRES_PASSWORD}, default empty). Without the variable the class is
 * skipped with that reason; with it, an unreachable server fails the tests.
 *
 * <p>Each test run works in a fresh schema {@code atende_test_<random>}, dropped at the end.
 * Every class with this annotation shares one application context: use unique names and
 * e-mails, never assume the database is empty. See {@link ApiSpec}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        TestServer.ADMIN_EMAIL_PROPERTY,
        TestServer.ADMIN_PASSWORD_PROPERTY,
        TestServer.METRICS_PROPERTY})
@ContextConfiguration(initializers = {PostgresTestDatabase.class, TestMail.class})
public @interface PostgresServerTest {
}
