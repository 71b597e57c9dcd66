package vn.thidua.tenancy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.Changes;
import vn.thidua.tenancy.TenantsConfigParser.PreviousParent;
import vn.thidua.tenancy.TenantsConfigParser.ProvinceFile;
import vn.thidua.tenancy.TenantsConfigParser.UnitSpec;
import vn.thidua.tenancy.domain.OrgUnit;
import vn.thidua.tenancy.domain.OrgUnitRepository;
import vn.thidua.tenancy.domain.ReportingLine;
import vn.thidua.tenancy.domain.ReportingLineRepository;
import vn.thidua.tenancy.domain.UnitProfile;
import vn.thidua.tenancy.domain.UnitProfileRepository;

/**
 * Loads tenants-config/*.yaml before the web server starts: parse and validate every file first, then apply
 * everything in one system transaction (all or nothing). Idempotent: only differences are written (and audited).
 * Units missing from the files are closed, never deleted.
 */
@Component
class TenantsConfigLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TenantsConfigLoader.class);

    private final Path directory;
    private final boolean enabled;
    private final OrgUnitRepository units;
    private final ReportingLineRepository lines;
    private final UnitProfileRepository profiles;
    private final TenantScope scope;
    private final ProvinceDirectory provinces;
    private final ApplicationEventPublisher events;
    private final List<RuleOverridesCheck> overrideChecks;

    TenantsConfigLoader(
            @Value("${thidua.tenants-config.dir:tenants-config}") Path directory,
            @Value("${thidua.tenants-config.enabled:true}") boolean enabled,
            OrgUnitRepository units,
            ReportingLineRepository lines,
            UnitProfileRepository profiles,
            TenantScope scope,
            ProvinceDirectory provinces,
            ApplicationEventPublisher events,
            List<RuleOverridesCheck> overrideChecks) {
        this.directory = directory;
        this.enabled = enabled;
        this.units = units;
        this.lines = lines;
        this.profiles = profiles;
        this.scope = scope;
        this.provinces = provinces;
        this.events = events;
        this.overrideChecks = List.copyOf(overrideChecks);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            load(directory);
        }
    }

    /** Loads every province file of {@code dir}; throws {@link TenantsConfigException} and applies nothing. */
    LoadResult load(Path dir) {
        long start = System.nanoTime();
        List<ProvinceFile> files = read(dir);
        TenantsConfigValidator.validate(files);
        checkRuleOverrides(files);
        LoadResult result = scope.asSystem(() -> apply(files));
        provinces.replace(files.stream()
                .map(f -> new ProvinceSettings(
                        f.code(), f.name(), f.displayName(), f.file(), f.oidc(), f.ruleOverrides()))
                .toList());
        log.info(
                "tenants-config: {} tỉnh, {} đơn vị; tạo mới {}, cập nhật {}, đóng {} ({} ms)",
                files.size(),
                result.total(),
                result.created(),
                result.updated(),
                result.closed(),
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** Each module checks the keys of {@code rule-overrides} it owns; a key no module owns is refused. */
    private void checkRuleOverrides(List<ProvinceFile> files) {
        for (ProvinceFile f : files) {
            for (String key : f.ruleOverrides().keySet()) {
                if (overrideChecks.stream().noneMatch(c -> c.keys().contains(key))) {
                    throw new TenantsConfigException(
                            f.file(),
                            f.ruleOverrideLines().get(key),
                            "rule-overrides." + key,
                            "khóa không được hỗ trợ (unknown key); dùng: "
                                    + overrideChecks.stream()
                                            .flatMap(c -> c.keys().stream())
                                            .sorted()
                                            .toList());
                }
            }
            for (RuleOverridesCheck check : overrideChecks) {
                try {
                    check.check(f.code(), f.ruleOverrides());
                } catch (RuleOverridesCheck.Problem p) {
                    String top = p.field().split("[.\\[]", 2)[0];
                    throw new TenantsConfigException(
                            f.file(), f.ruleOverrideLines().get(top), "rule-overrides." + p.field(), p.getMessage());
                }
            }
        }
    }

    record LoadResult(int total, int created, int updated, int closed) {}

    private static List<ProvinceFile> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TenantsConfigException(
                    dir.toString(),
                    null,
                    null,
                    "thư mục cấu hình không tồn tại (directory not found): " + dir.toAbsolutePath());
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new TenantsConfigException(dir.toString(), null, null, "không đọc được thư mục: " + e);
        }
        if (paths.isEmpty()) {
            throw new TenantsConfigException(dir.toString(), null, null, "không có tệp .yaml nào (no province file)");
        }
        String base =
                dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        return paths.stream()
                .map(p -> TenantsConfigParser.parse(p, base + "/" + p.getFileName()))
                .toList();
    }

    private LoadResult apply(List<ProvinceFile> files) {
        Map<String, UnitSpec> specs = new HashMap<>();
        Map<String, String> provinceOf = new HashMap<>();
        for (ProvinceFile f : files) {
            for (UnitSpec u : f.units()) {
                specs.put(u.code(), u);
                provinceOf.put(u.code(), f.code());
            }
        }
        Map<String, OrgUnit> byCode = units.findAll().stream().collect(Collectors.toMap(OrgUnit::getCode, u -> u));
        int created = 0;
        int updated = 0;
        Set<String> changed = new LinkedHashSet<>();
        Set<String> createdCodes = new java.util.HashSet<>();
        Map<String, Changes> audit = new HashMap<>();

        // 1. upsert the units' own fields
        for (UnitSpec spec : specs.values().stream()
                .sorted(Comparator.comparing(UnitSpec::code))
                .toList()) {
            OrgUnit unit = byCode.get(spec.code());
            boolean isNew = unit == null;
            if (isNew) {
                unit = new OrgUnit(spec.code());
                byCode.put(spec.code(), unit);
            }
            Changes c = Changes.of()
                    .diff("name", unit.getName(), spec.name())
                    .diff("type", unit.getType(), spec.type())
                    .diff("schoolType", unit.getSchoolType(), spec.schoolType())
                    .diff("abbreviation", unit.getAbbreviation(), spec.abbreviation())
                    .diff("validFrom", unit.getValidFrom(), spec.validFrom())
                    .diff("validTo", unit.getValidTo(), spec.validTo())
                    .diff("province", unit.getProvinceCode(), provinceOf.get(spec.code()))
                    .diff("demo", isNew ? null : unit.isDemo(), spec.demo());
            unit.setName(spec.name());
            unit.setType(spec.type());
            unit.setSchoolType(spec.schoolType());
            unit.setAbbreviation(spec.abbreviation());
            unit.setValidFrom(spec.validFrom());
            unit.setValidTo(spec.validTo());
            unit.setProvinceCode(provinceOf.get(spec.code()));
            unit.setDemo(spec.demo());
            if (isNew) {
                units.save(unit);
                created++;
            }
            if (!c.isEmpty()) {
                audit.put(spec.code(), c);
                changed.add(spec.code());
            }
            if (isNew) {
                changed.add(spec.code());
                createdCodes.add(spec.code());
            }
        }
        units.flush();

        // 2. parents, paths, depths (parents first)
        for (UnitSpec spec : specs.values()) {
            OrgUnit unit = byCode.get(spec.code());
            Long parentId =
                    spec.parent() == null ? null : byCode.get(spec.parent()).getId();
            if (!Objects.equals(unit.getParentId(), parentId)) {
                audit.computeIfAbsent(spec.code(), k -> Changes.of())
                        .diff(
                                "parent",
                                unit.getParentId() == null ? null : codeOf(byCode, unit.getParentId()),
                                spec.parent());
                unit.setParentId(parentId);
                changed.add(spec.code());
            }
        }
        Map<Long, OrgUnit> byId = byCode.values().stream().collect(Collectors.toMap(OrgUnit::getId, u -> u));
        for (OrgUnit unit : byCode.values()) {
            String path = pathOf(unit, byId);
            int depth = (int) path.chars().filter(ch -> ch == '/').count() - 2;
            if (!path.equals(unit.getPath()) || depth != unit.getDepth()) {
                unit.setPath(path);
                unit.setDepth(depth);
            }
        }

        // 3. successors
        for (UnitSpec spec : specs.values()) {
            OrgUnit unit = byCode.get(spec.code());
            Set<String> current =
                    unit.getSuccessors().stream().map(OrgUnit::getCode).collect(Collectors.toSet());
            if (!current.equals(Set.copyOf(spec.successors()))) {
                audit.computeIfAbsent(spec.code(), k -> Changes.of())
                        .diff(
                                "successors",
                                current.isEmpty()
                                        ? null
                                        : current.stream().sorted().toList(),
                                spec.successors());
                unit.getSuccessors().clear();
                spec.successors().forEach(s -> unit.getSuccessors().add(byCode.get(s)));
                changed.add(spec.code());
            }
        }

        // 4. dated reporting lines
        for (UnitSpec spec : specs.values()) {
            OrgUnit unit = byCode.get(spec.code());
            List<ReportingLine> desired = desiredLines(spec, unit, byCode);
            List<ReportingLine> existing = lines.findByUnitIdOrderByValidFrom(unit.getId());
            if (!sameLines(existing, desired)) {
                lines.deleteAll(existing);
                lines.flush();
                lines.saveAll(desired);
                if (!existing.isEmpty()) {
                    audit.computeIfAbsent(spec.code(), k -> Changes.of())
                            .set("reportingLines", describe(desired, byId));
                    changed.add(spec.code());
                }
            }
        }

        // 5. units no longer in any file are closed, never deleted
        int closed = 0;
        LocalDate today = LocalDate.now();
        for (OrgUnit unit : byCode.values()) {
            if (!specs.containsKey(unit.getCode()) && unit.getValidTo() == null) {
                unit.setValidTo(today.isBefore(unit.getValidFrom()) ? unit.getValidFrom() : today);
                events.publishEvent(new AuditEvent(
                        unit.getId(),
                        "UNIT",
                        unit.getCode(),
                        "CLOSED",
                        Changes.of().diff("validTo", null, unit.getValidTo()).toString()));
                closed++;
            }
        }

        // 6. initial contact data of new units
        for (UnitSpec spec : specs.values()) {
            if ((spec.address() != null || spec.phone() != null) && createdCodes.contains(spec.code())) {
                OrgUnit unit = byCode.get(spec.code());
                if (profiles.findByTenantId(unit.getId()).isEmpty()) {
                    UnitProfile profile = UnitProfile.forUnit(unit.getId());
                    profile.setAddress(spec.address());
                    profile.setPhone(spec.phone());
                    profiles.save(profile);
                }
            }
        }
        units.flush();

        for (String code : changed) {
            OrgUnit unit = byCode.get(code);
            boolean isNew = createdCodes.contains(code);
            if (!isNew) {
                updated++;
            }
            events.publishEvent(new AuditEvent(
                    unit.getId(),
                    "UNIT",
                    code,
                    isNew ? "CREATED" : "UPDATED",
                    audit.getOrDefault(code, Changes.of()).toString()));
        }
        events.publishEvent(new TenantsConfigLoaded(
                files.stream().flatMap(f -> f.administrators().stream()).toList()));
        return new LoadResult(specs.size(), created, updated, closed);
    }

    private static List<ReportingLine> desiredLines(UnitSpec spec, OrgUnit unit, Map<String, OrgUnit> byCode) {
        List<ReportingLine> result = new ArrayList<>();
        LocalDate from = spec.validFrom();
        for (PreviousParent p : spec.previousParents()) {
            result.add(new ReportingLine(unit.getId(), byCode.get(p.parent()).getId(), from, p.until()));
            from = p.until().plusDays(1);
        }
        if (spec.parent() != null) {
            result.add(new ReportingLine(unit.getId(), byCode.get(spec.parent()).getId(), from, spec.validTo()));
        }
        return result;
    }

    private static boolean sameLines(List<ReportingLine> a, List<ReportingLine> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<ReportingLine> lines, Map<Long, OrgUnit> byId) {
        return lines.stream()
                .map(l -> byId.get(l.getParentId()).getCode() + " " + l.getValidFrom() + "…"
                        + (l.getValidTo() == null ? "" : l.getValidTo()))
                .collect(Collectors.joining(", "));
    }

    private static String codeOf(Map<String, OrgUnit> byCode, Long id) {
        return byCode.values().stream()
                .filter(u -> id.equals(u.getId()))
                .map(OrgUnit::getCode)
                .findFirst()
                .orElse("?");
    }

    private static String pathOf(OrgUnit unit, Map<Long, OrgUnit> byId) {
        StringBuilder path = new StringBuilder();
        OrgUnit current = unit;
        int guard = 0;
        while (current != null && guard++ < 64) {
            path.insert(0, current.getId() + "/");
            current = current.getParentId() == null ? null : byId.get(current.getParentId());
        }
        return "/" + path;
    }
}
