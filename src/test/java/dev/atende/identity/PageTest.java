package dev.atende.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/**
 * The whole application behind MockMvc on an in-memory H2, for the server-rendered pages. All
 * classes with it share one context and one database: use {@link PagePeople} for fresh people.
 * It lives in identity's API package so that the page tests of every module may use it. Test
 * classes take their beans through their constructor (Modulith refuses field injection).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:atende-ui;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "atende.data-dir=${java.io.tmpdir}/atende-ui-tests",
        "atende.admin.email=" + PagePeople.ADMIN_EMAIL,
        "atende.admin.password=" + PagePeople.PASSWORD})
@AutoConfigureMockMvc
@Import(PagePeople.class)
@TestConstructor(autowireMode = AutowireMode.ALL)
public @interface PageTest {
}
