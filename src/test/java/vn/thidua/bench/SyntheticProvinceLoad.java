package vn.thidua.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.reporting.ReadModelJobs;

/**
 * The synthetic-province generator as a command (not a test, not a benchmark): loads {@link SyntheticProvince} into
 * the database named by {@code -Dbench.db.url} and keeps it, with the read model rebuilt and reconciled, and writes
 * the tenants-config folder to start the portal on it ({@code -Dbench.config.dir}, default
 * {@code data/synthetic-province-config}; the org tree lives there, a start without it would close the province's
 * units). Refuses a database that holds the province's history already. Run:
 *
 * <pre>
 * ./mvnw test -Pbench -Dtest=SyntheticProvinceLoad -Dbench.db.url='jdbc:h2:file:./data/bench;MODE=MySQL;NON_KEYWORDS=VALUE,YEAR'
 * ./mvnw test -Pbench -Dtest=SyntheticProvinceLoad \
 *     -Dbench.db.url='jdbc:mariadb://127.0.0.1:3306/thidua_bench?createDatabaseIfNotExist=true' -Dbench.db.user=root
 * </pre>
 *
 * Sizes as the benchmark ({@code -Dbench.schools=…}, see {@link SyntheticProvince.Size}).
 */
@SpringBootTest(properties = "thidua.test.own-database=true")
class SyntheticProvinceLoad {

    static final SyntheticProvince PROVINCE = new SyntheticProvince(SyntheticProvince.Size.fromSystemProperties());
    static final Path CONFIG = Path.of(System.getProperty("bench.config.dir", "data/synthetic-province-config"));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String url = System.getProperty("bench.db.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Name the database to load: -Dbench.db.url=jdbc:h2:file:./data/bench;"
                    + "MODE=MySQL;NON_KEYWORDS=VALUE,YEAR (or jdbc:mariadb://host:3306/schema?createDatabaseIfNotExist=true"
                    + " with -Dbench.db.user / -Dbench.db.password)");
        }
        PROVINCE.writeTenantsConfig(CONFIG);
        registry.add("spring.datasource.url", () -> url);
        registry.add(
                "spring.datasource.username",
                () -> System.getProperty("bench.db.user", url.startsWith("jdbc:h2") ? "sa" : "root"));
        registry.add("spring.datasource.password", () -> System.getProperty("bench.db.password", ""));
        registry.add("thidua.tenants-config.dir", CONFIG::toString);
        registry.add(SyntheticProvince.PASSWORD_VARIABLE, () -> SyntheticProvince.PASSWORD);
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ReadModelJobs jobs;

    @Test
    void load() throws Exception {
        SyntheticProvince.Loaded loaded = PROVINCE.load(dataSource);
        long t = System.nanoTime();
        int rebuilt = jobs.rebuild();
        double rebuild = (System.nanoTime() - t) / 1e9;
        List<String> differences = jobs.reconcile();
        System.out.printf(
                Locale.ROOT,
                """

                ===== Synthetic province loaded: %s =====
                database: %s
                rows: %s (%,d in %.1f s)
                read model rebuilt: %,d rows in %.1f s; reconciliation: %d mismatches
                tenants-config folder: %s
                start the portal on it: DB_URL='%s' TENANTS_CONFIG_DIR=%s %s=%s ./mvnw
                log in as %s (the Sở) or %s (%s), password %s
                """,
                PROVINCE.size().describe(),
                System.getProperty("bench.db.url"),
                loaded.rows(),
                loaded.total(),
                loaded.seconds(),
                rebuilt,
                rebuild,
                differences.size(),
                CONFIG.toAbsolutePath(),
                System.getProperty("bench.db.url"),
                CONFIG,
                SyntheticProvince.PASSWORD_VARIABLE,
                SyntheticProvince.PASSWORD,
                SyntheticProvince.DEPT_ADMIN,
                SyntheticProvince.COMMUNE_ADMIN,
                PROVINCE.communeCode(),
                SyntheticProvince.PASSWORD);
    }
}
