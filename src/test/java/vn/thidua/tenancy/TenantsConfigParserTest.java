package vn.thidua.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.tenancy.TenantsConfigParser.ProvinceFile;

/** Shape and cross-file rules of tenants-config, with the file, line and field named in every message. */
class TenantsConfigParserTest {

    @TempDir
    Path dir;

    static final String GOOD =
            """
            province:
              code: XX
              name: Tỉnh Thử
            units:
              - code: SGD-XX
                name: Sở Giáo dục và Đào tạo Thử
                type: PROVINCE_DEPT
                valid-from: 2008-01-01
              - code: PGD-XX
                name: Phòng GD&ĐT huyện Thử
                type: DISTRICT_OFFICE
                parent: SGD-XX
                valid-from: 2008-01-01
                valid-to: 2025-06-30
                successors: [XA-XX]
              - code: XA-XX
                name: UBND xã Thử – Phòng Văn hóa – Xã hội
                type: COMMUNE_OFFICE
                parent: SGD-XX
                valid-from: 2025-07-01
              - code: MN-XX
                name: Trường Mầm non Thử
                type: SCHOOL
                school-type: MN
                parent: XA-XX
                previous-parents:
                  - parent: PGD-XX
                    until: 2025-06-30
                valid-from: 2010-09-01
            administrators:
              - username: admin.xx
                name: Nguyễn Văn A
                unit: SGD-XX
                roles: [UNIT_ADMIN]
            rule-overrides: {}
            """;

    private List<ProvinceFile> load(String yaml) throws IOException {
        Files.writeString(dir.resolve("thu.yaml"), yaml);
        ProvinceFile file = TenantsConfigParser.parse(dir.resolve("thu.yaml"), "tenants-config/thu.yaml");
        TenantsConfigValidator.validate(List.of(file));
        return List.of(file);
    }

    @Test
    void aGoodFileIsRead() throws IOException {
        ProvinceFile f = load(GOOD).getFirst();
        assertThat(f.units()).hasSize(4);
        assertThat(f.units().get(3).previousParents()).singleElement().satisfies(p -> assertThat(p.parent())
                .isEqualTo("PGD-XX"));
        assertThat(f.administrators()).singleElement().satisfies(a -> assertThat(a.line())
                .isEqualTo(31));
    }

    @Test
    void malformedYamlNamesFileAndLine() {
        assertThatThrownBy(() -> load(GOOD.replace("  name: Tỉnh Thử", "  name: [Tỉnh Thử")))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("tenants-config/thu.yaml")
                .hasMessageContaining("dòng (line)")
                .hasMessageContaining("YAML");
    }

    @Test
    void unknownTypeNamesTheField() {
        assertThatThrownBy(() -> load(GOOD.replace("type: COMMUNE_OFFICE", "type: WARD_OFFICE")))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("units[2].type")
                .hasMessageContaining("line) 18")
                .hasMessageContaining("WARD_OFFICE");
    }

    @Test
    void badDateNamesTheField() {
        assertThatThrownBy(() -> load(GOOD.replace("valid-from: 2010-09-01", "valid-from: 2010-13-01")))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("units[3].valid-from")
                .hasMessageContaining("2010-13-01");
    }

    @Test
    void duplicateCodeIsRefused() {
        assertThatThrownBy(() -> load(GOOD.replace("code: MN-XX", "code: XA-XX")))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("units[3].code")
                .hasMessageContaining("XA-XX");
    }

    @Test
    void unknownParentIsRefused() {
        assertThatThrownBy(() -> load(GOOD.replace("parent: XA-XX", "parent: XA-YY")))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("units[3].parent")
                .hasMessageContaining("XA-YY");
    }

    @Test
    void cycleIsRefused() {
        // build a cycle explicitly: the commune office's parent is the school, the school's parent the office
        String yaml =
                GOOD.replace("type: COMMUNE_OFFICE\n    parent: SGD-XX", "type: COMMUNE_OFFICE\n    parent: MN-XX");
        assertThat(yaml).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void unknownFieldIsRefused() {
        assertThatThrownBy(() -> load(GOOD.replace("    school-type: MN", "    school-type: MN\n    colour: red")))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("units[3].colour");
    }

    @Test
    void schoolWithoutSchoolTypeIsRefused() {
        assertThatThrownBy(() -> load(GOOD.replace("    school-type: MN\n", "")))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("units[3].school-type");
    }

    @Test
    void openUnitUnderClosedParentIsRefused() {
        String yaml = GOOD.replace("parent: XA-XX\n    previous-parents:", "parent: PGD-XX\n    previous-parents:");
        assertThat(yaml).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("units[3].parent");
    }

    @Test
    void validToBeforeValidFromIsRefused() {
        assertThatThrownBy(() -> load(GOOD.replace("valid-to: 2025-06-30", "valid-to: 2001-06-30")))
                .isInstanceOf(TenantsConfigException.class)
                .hasMessageContaining("units[1].valid-to");
    }

    @Test
    void theShippedProvinceFilesAreValid() throws IOException {
        List<ProvinceFile> files;
        try (var paths = Files.list(Path.of("tenants-config"))) {
            files = paths.filter(p -> p.toString().endsWith(".yaml"))
                    .sorted()
                    .map(p -> TenantsConfigParser.parse(p, p.toString()))
                    .toList();
        }
        TenantsConfigValidator.validate(files);
        assertThat(files).extracting(ProvinceFile::code).contains("TN", "DT", "AG", "KH", "HN");
        assertThat(files.stream().flatMap(f -> f.units().stream()).filter(u -> u.schoolType() == SchoolType.THPT))
                .hasSizeGreaterThanOrEqualTo(5);
    }
}
