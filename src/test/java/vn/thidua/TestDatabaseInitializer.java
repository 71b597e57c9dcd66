package vn.thidua;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context its own empty database: an in-memory H2 (default) or, with
 * {@code -Pmysql}, a fresh schema on the MySQL-compatible server at {@code test.db.url} (dropped when the JVM
 * ends). Active only when the build sets {@code test.db}, so the run command keeps its file database.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String kind = System.getProperty("test.db");
        if (kind == null || "true".equals(context.getEnvironment().getProperty("thidua.test.own-database"))) {
            return;
        }
        String name =
                "thidua_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> props;
        if ("mysql".equals(kind)) {
            String server = System.getProperty("test.db.url", "jdbc:mariadb://127.0.0.1:3306/");
            String user = System.getProperty("test.db.user", "root");
            String password = System.getProperty("test.db.password", "");
            execute(
                    server,
                    user,
                    password,
                    "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(() -> execute(server, user, password, "DROP DATABASE IF EXISTS " + name)));
            props = Map.of(
                    "spring.datasource.url", server + name,
                    "spring.datasource.username", user,
                    "spring.datasource.password", password);
        } else {
            props = Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:" + name + ";MODE=MySQL;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", props));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql + " failed on " + url + ": " + e.getMessage(), e);
        }
    }
}
