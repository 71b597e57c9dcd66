package vn.thidua.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.thidua.ThiDuaApplication;

/** A broken tenants-config file stops start-up with one clear message, and nothing of the load is applied. */
@ExtendWith(OutputCaptureExtension.class)
class BrokenConfigStartupIT {

    @TempDir
    Path dir;

    @Test
    void aBadParentStopsStartUpNamingFileLineAndFieldAndTheDatabaseStaysEmpty(CapturedOutput output)
            throws IOException, SQLException {
        try (var files = Files.list(Path.of("tenants-config"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Path file = dir.resolve("dong-thap.yaml");
        Files.writeString(
                file, Files.readString(file).replaceFirst("parent: XA-TANHOCO-DT", "parent: XA-KHONG-TON-TAI"));
        String url = "jdbc:h2:mem:broken-config;MODE=MySQL;DB_CLOSE_DELAY=-1";

        Throwable failure = catchThrowable(() -> SpringApplication.run(
                ThiDuaApplication.class,
                "--thidua.test.own-database=true",
                "--spring.datasource.url=" + url,
                "--server.port=0",
                "--thidua.tenants-config.dir=" + dir));

        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (!(cause instanceof TenantsConfigException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(TenantsConfigException.class);
        TenantsConfigException config = (TenantsConfigException) cause;
        assertThat(config.file()).endsWith("dong-thap.yaml");
        assertThat(config.line()).isNotNull().isPositive();
        assertThat(config.field()).matches("units\\[\\d+\\]\\.parent");
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("dong-thap.yaml")
                .contains("XA-KHONG-TON-TAI")
                .contains("nothing of this load was applied");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet units = c.createStatement().executeQuery("select count(*) from org_unit");
                ResultSet users = c.createStatement().executeQuery("select count(*) from user_account")) {
            units.next();
            users.next();
            assertThat(units.getLong(1)).isZero();
            assertThat(users.getLong(1)).isZero();
        }
    }
}
