package vn.thidua.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.IntegrationTest;

/** The loader on the real database: idempotent, renames, closes removed units, and all-or-nothing. */
@IntegrationTest
class TenantsConfigLoaderIT {

    @Autowired
    TenantsConfigLoader loader;

    @Autowired
    OrgUnitService orgUnits;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private Path copyShipped() throws IOException {
        try (var files = Files.list(Path.of("tenants-config"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        return dir;
    }

    private String snapshot() {
        return jdbc.sql("select code, name, type, coalesce(parent_id, 0), path, valid_from, valid_to,"
                                + " version from org_unit order by code")
                        .query((rs, i) -> String.join(
                                "|",
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                String.valueOf(rs.getString(7)),
                                rs.getString(8)))
                        .list()
                        .toString()
                + jdbc.sql("select count(*) from reporting_line")
                        .query(Long.class)
                        .single()
                + "/"
                + jdbc.sql("select count(*) from user_account")
                        .query(Long.class)
                        .single();
    }

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    @Test
    void aSecondLoadChangesNothing() throws IOException {
        String before = snapshot();
        long audits = auditRows();
        TenantsConfigLoader.LoadResult result = loader.load(copyShipped());
        assertThat(result.created()).isZero();
        assertThat(result.updated()).isZero();
        assertThat(result.closed()).isZero();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(audits);
    }

    @Test
    void aRenamedUnitIsUpdatedAndARemovedUnitIsClosedNeverDeleted() throws IOException {
        copyShipped();
        Path hn = dir.resolve("ha-noi.yaml");
        String yaml = Files.readString(hn);
        Files.writeString(hn, yaml.replace("name: Trường Mầm non Tràng An", "name: Trường Mầm non Tràng An (đổi tên)"));
        // remove a whole leaf school (THPT Khương Đình) from the file
        List<String> lines = Files.readAllLines(hn);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("code: THPT-KHUONGDINH-HN")) {
                start = i;
            }
        }
        int end = start + 1;
        while (end < lines.size()
                && !lines.get(end).startsWith("  - ")
                && !lines.get(end).matches("^[a-z].*")) {
            end++;
        }
        lines.subList(start, end).clear();
        Files.write(hn, lines);
        try {
            TenantsConfigLoader.LoadResult result = loader.load(dir);
            assertThat(result.updated()).isEqualTo(1);
            assertThat(result.closed()).isEqualTo(1);
            assertThat(orgUnits.findByCode("MN-TRANGAN-HN").orElseThrow().name())
                    .endsWith("(đổi tên)");
            OrgUnitSummary closed = orgUnits.findByCode("THPT-KHUONGDINH-HN").orElseThrow();
            assertThat(closed.validTo()).isEqualTo(LocalDate.now());
            assertThat(jdbc.sql(
                                    "select count(*) from audit_entry where entity_id = 'THPT-KHUONGDINH-HN' and action = 'CLOSED'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            // restore the shipped state for the other tests of this context
            jdbc.sql("update org_unit set valid_to = null where code = 'THPT-KHUONGDINH-HN'")
                    .update();
            Files.writeString(hn, yaml);
            loader.load(dir);
        }
    }

    @Test
    void aBrokenFileAppliesNothing() throws IOException {
        copyShipped();
        Path hn = dir.resolve("ha-noi.yaml");
        // a valid rename in one file and an unknown parent in another: neither may be applied
        Files.writeString(hn, Files.readString(hn).replace("name: Trường Mầm non Tràng An", "name: Không được ghi"));
        Path kh = dir.resolve("khanh-hoa.yaml");
        Files.writeString(kh, Files.readString(kh).replaceFirst("parent: XA-CAMLAM-KH", "parent: XA-KHONG-CO"));
        String before = snapshot();
        long audits = auditRows();
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("khanh-hoa.yaml")
                .hasMessageContaining(".parent")
                .hasMessageContaining("XA-KHONG-CO");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(audits);
    }

    @Test
    void aBadRoleOfAnAdministratorRollsTheWholeLoadBack() throws IOException {
        copyShipped();
        Path hn = dir.resolve("ha-noi.yaml");
        String yaml = Files.readString(hn)
                .replace("name: Trường Mầm non Tràng An", "name: Không được ghi")
                .replace("username: admin.sgd.hn", "username: admin2.sgd.hn")
                .replaceFirst("roles: \\[", "roles: [SUPERUSER, ");
        Files.writeString(hn, yaml);
        String before = snapshot();
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("ha-noi.yaml")
                .hasMessageContaining("administrators.roles")
                .hasMessageContaining("SUPERUSER");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aWrongProvinceRuleOverrideStopsTheLoadNamingTheFieldAndAppliesNothing() throws IOException {
        copyShipped();
        Path hn = dir.resolve("ha-noi.yaml");
        Files.writeString(hn, Files.readString(hn).replace("name: Trường Mầm non Tràng An", "name: Không được ghi"));
        Path tn = dir.resolve("thai-nguyen.yaml");
        String good = Files.readString(tn);
        String before = snapshot();

        Files.writeString(tn, good.replace("at-least: \"2/3\"", "at-least: \"hai phần ba\""));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("thai-nguyen.yaml")
                .hasMessageContaining("dòng (line)")
                .hasMessageContaining("rule-overrides.rule-sets[0].ballots[0].at-least")
                .hasMessageContaining("2/3");

        Files.writeString(tn, good.replace("{type: serviceMonths, min: 10}", "{type: serviceMonth, min: 10}"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("rule-overrides.rule-sets[0].titles.LDTT[2]")
                .hasMessageContaining("serviceMonth");

        Files.writeString(tn, good.replace("  rule-sets:", "  rule-set:"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("rule-overrides.rule-set")
                .hasMessageContaining("rule-sets");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aWrongProvinceAwardTypeStopsTheLoadNamingTheFieldAndAppliesNothing() throws IOException {
        copyShipped();
        Path hn = dir.resolve("ha-noi.yaml");
        Files.writeString(hn, Files.readString(hn).replace("name: Trường Mầm non Tràng An", "name: Không được ghi"));
        Path tn = dir.resolve("thai-nguyen.yaml");
        String good = Files.readString(tn);
        assertThat(good).contains("award-types:", "code: TN_GIAY_KHEN_SGD_PTTD", "code: BANG_KHEN_TINH_TT");
        String before = snapshot();

        Files.writeString(tn, good.replace("      kind: FORM\n", "      kind: KHEN\n"));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("thai-nguyen.yaml")
                .hasMessageContaining("dòng (line)")
                .hasMessageContaining("rule-overrides.award-types[0].kind")
                .hasMessageContaining("KHEN");

        // a national code keeps its national coefficient
        Files.writeString(
                tn,
                good.replace(
                        "    - code: BANG_KHEN_TINH_TT\n", "    - code: BANG_KHEN_TINH_TT\n      coefficient: 5.0\n"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("rule-overrides.award-types[1].coefficient")
                .hasMessageContaining("national law");

        // the province's own code carries its prefix
        Files.writeString(tn, good.replace("code: TN_GIAY_KHEN_SGD_PTTD", "code: GIAY_KHEN_SGD_PTTD"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("rule-overrides.award-types[0].code")
                .hasMessageContaining("TN_");
        assertThat(snapshot()).isEqualTo(before);
    }
}
