package vn.thidua.tenancy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one province file into {@link ProvinceFile}, keeping line numbers for messages. Checks the shape of
 * each field (required, type, format, unknown keys); cross-file rules are in {@link TenantsConfigValidator}.
 */
final class TenantsConfigParser {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{0,39}$");
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,79}$");
    private static final Pattern REGISTRATION_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,49}$");

    record UnitSpec(
            String file,
            int line,
            String field,
            String code,
            String name,
            OrgUnitType type,
            SchoolType schoolType,
            String abbreviation,
            String parent,
            List<PreviousParent> previousParents,
            LocalDate validFrom,
            LocalDate validTo,
            List<String> successors,
            String address,
            String phone,
            boolean demo) {}

    record PreviousParent(String parent, LocalDate until, int line, String field) {}

    record ProvinceFile(
            String file,
            String code,
            String name,
            String displayName,
            List<UnitSpec> units,
            List<AdministratorSettings> administrators,
            List<OidcRegistrationSettings> oidc,
            Map<String, Object> ruleOverrides,
            Map<String, Integer> ruleOverrideLines) {}

    private final String file;

    private TenantsConfigParser(String file) {
        this.file = file;
    }

    static ProvinceFile parse(Path path, String displayName) {
        TenantsConfigParser parser = new TenantsConfigParser(displayName);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(new SafeConstructor(options)).compose(reader);
            return parser.province(root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new TenantsConfigException(
                    displayName,
                    line == 0 ? null : line,
                    null,
                    "YAML không hợp lệ (malformed YAML): " + e.getProblem());
        } catch (YAMLException e) {
            throw new TenantsConfigException(
                    displayName, null, null, "YAML không hợp lệ (malformed YAML): " + e.getMessage());
        } catch (IOException e) {
            throw new TenantsConfigException(displayName, null, null, "không đọc được tệp (cannot read file): " + e);
        }
    }

    private ProvinceFile province(Node root) {
        if (root == null) {
            throw error(null, null, "tệp rỗng (empty file)");
        }
        Fields top = fields(root, "", Set.of("province", "units", "administrators", "oidc", "rule-overrides"));
        Fields province = fields(top.required("province"), "province", Set.of("code", "name", "display-name"));
        String code = province.code("code");
        String name = province.text("name", true);
        String displayName = province.text("display-name", false);

        List<UnitSpec> units = new ArrayList<>();
        List<Node> unitNodes = top.list("units", true);
        for (int i = 0; i < unitNodes.size(); i++) {
            units.add(unit(unitNodes.get(i), "units[" + i + "]"));
        }
        List<AdministratorSettings> admins = new ArrayList<>();
        List<Node> adminNodes = top.list("administrators", false);
        for (int i = 0; i < adminNodes.size(); i++) {
            admins.add(administrator(adminNodes.get(i), "administrators[" + i + "]"));
        }
        List<OidcRegistrationSettings> oidc = new ArrayList<>();
        List<Node> oidcNodes = top.list("oidc", false);
        for (int i = 0; i < oidcNodes.size(); i++) {
            oidc.add(oidc(oidcNodes.get(i), "oidc[" + i + "]", code));
        }
        Map<String, Object> overrides = new LinkedHashMap<>();
        Map<String, Integer> overrideLines = new LinkedHashMap<>();
        Node overridesNode = top.optional("rule-overrides");
        if (overridesNode != null) {
            if (!(overridesNode instanceof MappingNode mapping)) {
                throw error(overridesNode, "rule-overrides", "phải là một ánh xạ (must be a mapping)");
            }
            for (NodeTuple t : mapping.getValue()) {
                String key = scalar(t.getKeyNode(), "rule-overrides");
                overrides.put(key, raw(t.getValueNode()));
                overrideLines.put(key, line(t.getKeyNode()));
            }
        }
        return new ProvinceFile(
                file,
                code,
                name,
                displayName == null ? name : displayName,
                units,
                admins,
                oidc,
                overrides,
                overrideLines);
    }

    private UnitSpec unit(Node node, String field) {
        Fields f = fields(
                node,
                field,
                Set.of(
                        "code",
                        "name",
                        "type",
                        "school-type",
                        "abbreviation",
                        "parent",
                        "previous-parents",
                        "valid-from",
                        "valid-to",
                        "successors",
                        "address",
                        "phone",
                        "demo"));
        String code = f.code("code");
        OrgUnitType type = f.enumValue("type", OrgUnitType.class, true);
        SchoolType schoolType = f.enumValue("school-type", SchoolType.class, false);
        List<PreviousParent> previous = new ArrayList<>();
        List<Node> prevNodes = f.list("previous-parents", false);
        for (int i = 0; i < prevNodes.size(); i++) {
            String pf = field + ".previous-parents[" + i + "]";
            Fields p = fields(prevNodes.get(i), pf, Set.of("parent", "until"));
            previous.add(new PreviousParent(p.code("parent"), p.date("until", true), line(prevNodes.get(i)), pf));
        }
        List<String> successors = new ArrayList<>();
        for (Node s : f.list("successors", false)) {
            successors.add(codeValue(s, field + ".successors"));
        }
        return new UnitSpec(
                file,
                line(node),
                field,
                code,
                f.text("name", true),
                type,
                schoolType,
                f.text("abbreviation", false),
                f.optionalCode("parent"),
                previous,
                f.date("valid-from", true),
                f.date("valid-to", false),
                successors,
                f.text("address", false),
                f.text("phone", false),
                f.bool("demo"));
    }

    private AdministratorSettings administrator(Node node, String field) {
        Fields f = fields(node, field, Set.of("username", "name", "email", "unit", "roles", "password-env"));
        String username = f.text("username", true);
        if (!USERNAME.matcher(username).matches()) {
            throw error(
                    f.optional("username"),
                    field + ".username",
                    "tên đăng nhập chỉ gồm a-z, 0-9, '.', '_', '-' (3–80 ký tự) (invalid username)");
        }
        List<String> roles = new ArrayList<>();
        for (Node r : f.list("roles", true)) {
            roles.add(scalar(r, field + ".roles"));
        }
        return new AdministratorSettings(
                username,
                f.text("name", true),
                f.text("email", false),
                f.code("unit"),
                roles,
                f.text("password-env", false),
                file,
                line(node));
    }

    private OidcRegistrationSettings oidc(Node node, String field, String provinceCode) {
        Fields f =
                fields(node, field, Set.of("registration-id", "name", "issuer-uri", "client-id", "client-secret-env"));
        String id = f.text("registration-id", true);
        if (!REGISTRATION_ID.matcher(id).matches()) {
            throw error(
                    f.optional("registration-id"),
                    field + ".registration-id",
                    "chỉ gồm a-z, 0-9 và '-' (only a-z, 0-9 and '-')");
        }
        String issuer = f.text("issuer-uri", true);
        if (!issuer.startsWith("https://") && !issuer.startsWith("http://")) {
            throw error(
                    f.optional("issuer-uri"), field + ".issuer-uri", "phải là URL http(s) (must be an http(s) URL)");
        }
        return new OidcRegistrationSettings(
                id,
                f.text("name", true),
                issuer,
                f.text("client-id", true),
                f.text("client-secret-env", true),
                provinceCode);
    }

    // ---------------------------------------------------------------- helpers

    private Fields fields(Node node, String field, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, field.isEmpty() ? null : field, "phải là một ánh xạ khóa: giá trị (must be a mapping)");
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = scalar(t.getKeyNode(), field);
            String qualified = field.isEmpty() ? key : field + "." + key;
            if (!allowed.contains(key)) {
                throw error(
                        t.getKeyNode(), qualified, "trường không được hỗ trợ (unknown field); cho phép: " + allowed);
            }
            if (values.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), qualified, "trường bị lặp (duplicate field)");
            }
        }
        return new Fields(node, field, values);
    }

    private final class Fields {
        private final Node node;
        private final String prefix;
        private final Map<String, Node> values;

        Fields(Node node, String prefix, Map<String, Node> values) {
            this.node = node;
            this.prefix = prefix;
            this.values = values;
        }

        String name(String key) {
            return prefix.isEmpty() ? key : prefix + "." + key;
        }

        Node optional(String key) {
            Node n = values.get(key);
            return n instanceof ScalarNode s && isNull(s) ? null : n;
        }

        Node required(String key) {
            Node n = optional(key);
            if (n == null) {
                throw error(node, name(key), "bắt buộc phải có (required)");
            }
            return n;
        }

        String text(String key, boolean required) {
            Node n = required ? required(key) : optional(key);
            if (n == null) {
                return null;
            }
            String value = scalar(n, name(key)).trim();
            if (value.isEmpty()) {
                if (required) {
                    throw error(n, name(key), "không được để trống (must not be empty)");
                }
                return null;
            }
            return value;
        }

        String code(String key) {
            return codeValue(required(key), name(key));
        }

        String optionalCode(String key) {
            Node n = optional(key);
            return n == null ? null : codeValue(n, name(key));
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
            String value = text(key, required);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw error(
                        optional(key),
                        name(key),
                        "giá trị '" + value + "' không hợp lệ (unknown value); cho phép: "
                                + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }

        LocalDate date(String key, boolean required) {
            String value = text(key, required);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(
                        optional(key), name(key), "ngày '" + value + "' không hợp lệ, cần dạng yyyy-MM-dd (bad date)");
            }
        }

        boolean bool(String key) {
            String value = text(key, false);
            if (value == null) {
                return false;
            }
            if (!value.equals("true") && !value.equals("false")) {
                throw error(optional(key), name(key), "chỉ nhận true hoặc false (must be true or false)");
            }
            return Boolean.parseBoolean(value);
        }

        List<Node> list(String key, boolean required) {
            Node n = required ? required(key) : optional(key);
            if (n == null) {
                return List.of();
            }
            if (!(n instanceof SequenceNode seq)) {
                throw error(n, name(key), "phải là một danh sách (must be a list)");
            }
            return seq.getValue();
        }
    }

    private String codeValue(Node node, String field) {
        String value = scalar(node, field).trim();
        if (!CODE.matcher(value).matches()) {
            throw error(node, field, "mã '" + value + "' chỉ gồm A-Z, 0-9 và '-', tối đa 40 ký tự (invalid code)");
        }
        return value;
    }

    private String scalar(Node node, String field) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, field, "phải là một giá trị đơn (must be a scalar)");
        }
        return s.getValue();
    }

    private static boolean isNull(ScalarNode s) {
        return s.getTag().getValue().endsWith(":null") || s.getValue().equals("~");
    }

    private static Object raw(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(TenantsConfigParser::raw).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(raw(t.getKeyNode())), raw(t.getValueNode()));
        }
        return map;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private TenantsConfigException error(Node node, String field, String problem) {
        return new TenantsConfigException(file, node == null ? null : line(node), field, problem);
    }
}
