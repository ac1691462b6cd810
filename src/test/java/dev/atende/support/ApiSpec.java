package dev.atende.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the API specifications that run against the whole server on both databases. Write
 * the test methods once in an abstract {@code XxxSpec extends ApiSpec}, then add two empty
 * subclasses, {@code @H2ServerTest class XxxH2Tests extends XxxSpec} and
 * {@code @PostgresServerTest class XxxPostgresTests extends XxxSpec} (Surefire runs
 * {@code *Tests} only).
 *
 * <p>All classes of one flavour share one server and one database: create what a test needs
 * with unique names ({@link Unique}, {@link People}) and never count on an empty table. Failed
 * password sign-ins count against a per-address limit shared by the whole run (50 in 15 minutes
 * with the default settings); keep deliberate wrong-password calls few.
 */
public abstract class ApiSpec {

    @LocalServerPort
    private int port;

    /** Direct database access, for checks the API cannot show (e.g. what is stored). */
    @Autowired
    protected JdbcTemplate jdbc;

    /** Anonymous calls to the server; {@code api.as(user)} for a signed-in one. */
    protected Api api;

    /** Creates users with unique e-mails; {@code people.admin()} is the bootstrapped admin. */
    protected People people;

    @BeforeEach
    protected final void connectToServer() {
        api = Api.at(port);
        people = new People(api, "localhost:" + port);
    }
}
