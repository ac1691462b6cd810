package dev.atende.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over an in-memory H2 database in PostgreSQL mode.
 * Every class with this annotation shares one application context (and so one database): use
 * unique names and e-mails, never assume the database is empty. See {@link ApiSpec}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:atende-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        TestServer.ADMIN_EMAIL_PROPERTY,
        TestServer.ADMIN_PASSWORD_PROPERTY,
        TestServer.METRICS_PROPERTY})
@ContextConfiguration(initializers = {H2ServerTest.DataDirectory.class, TestMail.class})
public @interface H2ServerTest {

    /** Points {@code atende.data-dir} at a temporary directory of this run. */
    class DataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("atende-test-h2",
                    Map.of("atende.data-dir", TestServer.dataDirectory("h2").toString())));
        }
    }
}
