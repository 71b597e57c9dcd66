package vn.thidua.tenancy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.tenancy.TenantsConfigParser.PreviousParent;
import vn.thidua.tenancy.TenantsConfigParser.ProvinceFile;
import vn.thidua.tenancy.TenantsConfigParser.UnitSpec;

/** Rules across all province files: unique codes, known parents and successors, no cycles, consistent dates. */
final class TenantsConfigValidator {

    private TenantsConfigValidator() {}

    static void validate(List<ProvinceFile> files) {
        Map<String, ProvinceFile> provinces = new HashMap<>();
        Map<String, UnitSpec> units = new HashMap<>();
        for (ProvinceFile f : files) {
            ProvinceFile other = provinces.put(f.code(), f);
            if (other != null) {
                throw new TenantsConfigException(
                        f.file(),
                        null,
                        "province.code",
                        "mã tỉnh '" + f.code() + "' đã dùng trong " + other.file() + " (duplicate province code)");
            }
            for (UnitSpec u : f.units()) {
                UnitSpec dup = units.put(u.code(), u);
                if (dup != null) {
                    throw fail(
                            u,
                            ".code",
                            "mã đơn vị '" + u.code() + "' bị trùng với " + dup.file() + " dòng " + dup.line()
                                    + " (duplicate unit code)");
                }
            }
        }
        for (ProvinceFile f : files) {
            for (UnitSpec u : f.units()) {
                checkUnit(u, units);
            }
        }
        for (ProvinceFile f : files) {
            for (UnitSpec u : f.units()) {
                checkNoCycle(u, units);
            }
        }
        Set<String> usernames = new HashSet<>();
        Set<String> registrations = new HashSet<>();
        for (ProvinceFile f : files) {
            for (int i = 0; i < f.administrators().size(); i++) {
                AdministratorSettings a = f.administrators().get(i);
                String field = "administrators[" + i + "]";
                if (!units.containsKey(a.unitCode())) {
                    throw new TenantsConfigException(
                            f.file(),
                            a.line(),
                            field + ".unit",
                            "đơn vị '" + a.unitCode() + "' không tồn tại (unknown unit)");
                }
                if (!usernames.add(a.username())) {
                    throw new TenantsConfigException(
                            f.file(),
                            a.line(),
                            field + ".username",
                            "tên đăng nhập '" + a.username() + "' bị trùng (duplicate username)");
                }
            }
            for (int i = 0; i < f.oidc().size(); i++) {
                if (!registrations.add(f.oidc().get(i).registrationId())) {
                    throw new TenantsConfigException(
                            f.file(),
                            null,
                            "oidc[" + i + "].registration-id",
                            "mã đăng ký '" + f.oidc().get(i).registrationId()
                                    + "' bị trùng (duplicate registration id)");
                }
            }
        }
    }

    private static void checkUnit(UnitSpec u, Map<String, UnitSpec> units) {
        if (u.type() == OrgUnitType.SCHOOL && u.schoolType() == null) {
            throw fail(u, ".school-type", "trường học phải có loại hình trường (school-type required for SCHOOL)");
        }
        if (u.type() != OrgUnitType.SCHOOL && u.schoolType() != null) {
            throw fail(u, ".school-type", "chỉ trường học mới có loại hình trường (only SCHOOL has a school-type)");
        }
        if (u.validTo() != null && u.validTo().isBefore(u.validFrom())) {
            throw fail(
                    u,
                    ".valid-to",
                    "ngày kết thúc " + u.validTo() + " trước ngày bắt đầu " + u.validFrom()
                            + " (valid-to before valid-from)");
        }
        if (u.parent() == null) {
            if (u.type() != OrgUnitType.PROVINCE_DEPT) {
                throw fail(u, ".parent", "chỉ Sở GD&ĐT được không có đơn vị cấp trên (parent required)");
            }
            if (!u.previousParents().isEmpty()) {
                throw fail(u, ".previous-parents", "đơn vị gốc không có đơn vị cấp trên trước đây (root unit)");
            }
        } else {
            UnitSpec parent = units.get(u.parent());
            if (parent == null) {
                throw fail(u, ".parent", "đơn vị cấp trên '" + u.parent() + "' không tồn tại (unknown parent)");
            }
            if (u.validTo() == null && parent.validTo() != null) {
                throw fail(
                        u,
                        ".parent",
                        "đơn vị đang hoạt động không thể trực thuộc đơn vị đã giải thể '" + parent.code() + "' ("
                                + parent.validTo() + ") (open unit under a closed parent)");
            }
        }
        LocalDate previousUntil = null;
        for (PreviousParent p : u.previousParents()) {
            if (!units.containsKey(p.parent())) {
                throw new TenantsConfigException(
                        u.file(),
                        p.line(),
                        p.field() + ".parent",
                        "đơn vị cấp trên '" + p.parent() + "' không tồn tại (unknown parent)");
            }
            if (p.parent().equals(u.code())) {
                throw new TenantsConfigException(
                        u.file(),
                        p.line(),
                        p.field() + ".parent",
                        "đơn vị không thể trực thuộc chính nó (self reference)");
            }
            boolean beforeStart = p.until().isBefore(u.validFrom());
            boolean afterEnd = u.validTo() != null && !p.until().isBefore(u.validTo());
            boolean notIncreasing = previousUntil != null && !p.until().isAfter(previousUntil);
            if (beforeStart || afterEnd || notIncreasing) {
                throw new TenantsConfigException(
                        u.file(),
                        p.line(),
                        p.field() + ".until",
                        "ngày " + p.until() + " phải nằm trong thời gian hoạt động của đơn vị và tăng dần"
                                + " (until must lie within the unit's validity and increase)");
            }
            previousUntil = p.until();
        }
        for (String s : u.successors()) {
            if (!units.containsKey(s)) {
                throw fail(u, ".successors", "đơn vị kế thừa '" + s + "' không tồn tại (unknown successor)");
            }
            if (s.equals(u.code())) {
                throw fail(u, ".successors", "đơn vị không thể kế thừa chính nó (self reference)");
            }
        }
    }

    private static void checkNoCycle(UnitSpec start, Map<String, UnitSpec> units) {
        Set<String> seen = new HashSet<>();
        UnitSpec current = start;
        while (current != null && current.parent() != null) {
            if (!seen.add(current.code())) {
                throw fail(start, ".parent", "vòng lặp cấp trên qua " + seen + " (parent cycle)");
            }
            current = units.get(current.parent());
        }
    }

    private static TenantsConfigException fail(UnitSpec u, String suffix, String problem) {
        return new TenantsConfigException(u.file(), u.line(), u.field() + suffix, problem);
    }
}
