package vn.thidua.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalogue.domain.AwardAuthorityRepository;
import vn.thidua.catalogue.domain.AwardType;
import vn.thidua.catalogue.domain.AwardTypeRepository;
import vn.thidua.catalogue.domain.BaseSalaryRepository;
import vn.thidua.shared.BusinessException;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.ProvinceDirectory;
import vn.thidua.tenancy.ProvinceSettings;
import vn.thidua.tenancy.TenantContext;

/**
 * Reads the catalogue of titles and award forms, and computes award money. The national catalogue is reference data
 * (Liquibase, no tenant); a province may add its own entries and override some fields of national ones in its
 * tenants-config file ({@code rule-overrides.award-types}, see {@link ProvinceAwardTypes}). Which province applies
 * is decided by the active unit of the current user; with no user (system jobs) the national catalogue, where a
 * province's added code is still found by its code (it carries the province prefix) so stored awards resolve.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final AwardTypeRepository types;
    private final BaseSalaryRepository salaries;
    private final AwardAuthorityRepository authorities;
    private final ProvinceDirectory provinces;
    private final OrgUnitService orgUnits;
    private volatile Map<String, Entry> cache;
    private volatile Set<String> authorityCache;
    private volatile Map.Entry<Long, Views> views;
    /** The province of each unit seen (a unit never changes province). */
    private final Map<Long, String> unitProvinces = new ConcurrentHashMap<>();

    CatalogueService(
            AwardTypeRepository types,
            BaseSalaryRepository salaries,
            AwardAuthorityRepository authorities,
            ProvinceDirectory provinces,
            OrgUnitService orgUnits) {
        this.types = types;
        this.salaries = salaries;
        this.authorities = authorities;
        this.provinces = provinces;
        this.orgUnits = orgUnits;
    }

    /**
     * Whether a unit of {@code unitType} (an {@code OrgUnitType} name) records decisions of award {@code code}:
     * its own authority, or the higher authority it advises and records for (data: {@code award_authority}, or
     * the province's {@code decided-by}).
     */
    public boolean mayDecide(String code, String unitType) {
        return view().authority().contains(code + "/" + unitType);
    }

    /** Titles and award forms valid on {@code date} (the province's own included), in the legal order. */
    public List<AwardTypeSummary> awardTypes(LocalDate date) {
        return view().entries().values().stream()
                .filter(e -> e.listed())
                .filter(e -> !e.validFrom().isAfter(date)
                        && (e.validTo() == null || !e.validTo().isBefore(date)))
                .map(Entry::summary)
                .sorted(AwardTypeSummary.LEGAL_ORDER)
                .toList();
    }

    public Optional<AwardTypeSummary> find(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(view().entries().get(code)).map(Entry::summary);
    }

    /** The legal instrument an award type comes from (the province's, where it wrote one). */
    public Optional<String> legalBasis(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(view().entries().get(code)).map(Entry::legalBasis);
    }

    /** The codes of the national catalogue (what a province may override). */
    Set<String> nationalCodes() {
        return all().keySet();
    }

    /**
     * The catalogue is reference data changed only by Liquibase changesets (at start-up), so it is read once and
     * kept: lists of thousands of nominees look their award types up without a query each.
     */
    private Map<String, Entry> all() {
        Map<String, Entry> result = cache;
        if (result == null) {
            Map<String, Entry> loaded = new HashMap<>();
            types.findAll()
                    .forEach(t -> loaded.put(
                            t.getCode(),
                            new Entry(toSummary(t), t.getValidFrom(), t.getValidTo(), t.getLegalBasis(), true)));
            result = Map.copyOf(loaded);
            cache = result;
        }
        return result;
    }

    private Set<String> nationalAuthority() {
        Set<String> result = authorityCache;
        if (result == null) {
            result = authorities.findAll().stream()
                    .map(a -> a.getAwardCode() + "/" + a.getUnitType())
                    .collect(Collectors.toUnmodifiableSet());
            authorityCache = result;
        }
        return result;
    }

    /** {@code listed}: shown in {@link #awardTypes} (false: a province's own code seen without its province). */
    private record Entry(
            AwardTypeSummary summary, LocalDate validFrom, LocalDate validTo, String legalBasis, boolean listed) {}

    /** What one province's units see, and what a user-less job sees ({@code system}). */
    private record View(Map<String, Entry> entries, Set<String> authority) {}

    private record Views(Map<String, View> byProvince, View system) {}

    /** The catalogue as the current user's active unit sees it. */
    private View view() {
        Views current = views();
        String province = currentProvince();
        if (province == null) {
            return current.system();
        }
        View v = current.byProvince().get(province);
        return v == null ? current.system() : v;
    }

    private String currentProvince() {
        Optional<Long> unit = TenantContext.activeUnitId();
        if (unit.isEmpty()) {
            return null;
        }
        String province = unitProvinces.get(unit.get());
        if (province == null) {
            province =
                    orgUnits.find(unit.get()).map(OrgUnitSummary::provinceCode).orElse(null);
            if (province != null) {
                unitProvinces.put(unit.get(), province);
            }
        }
        return province;
    }

    /** Built from the national data and the provinces of the last tenants-config load; rebuilt when it changes. */
    private Views views() {
        long generation = provinces.generation();
        Map.Entry<Long, Views> current = views;
        if (current == null || current.getKey() != generation) {
            Map<String, Entry> national = all();
            Set<String> nationalAuthority = nationalAuthority();
            Map<String, View> byProvince = new HashMap<>();
            Map<String, Entry> system = new HashMap<>(national);
            Set<String> systemAuthority = new HashSet<>(nationalAuthority);
            for (ProvinceSettings p : provinces.all()) {
                ProvinceAwardTypes.Parsed parsed =
                        ProvinceAwardTypes.parse(p.code(), p.ruleOverrides(), national.keySet());
                Map<String, Entry> entries = new HashMap<>(national);
                Set<String> authority = new HashSet<>(nationalAuthority);
                for (ProvinceAwardTypes.Rewording o : parsed.overrides().values()) {
                    Entry e = entries.get(o.code());
                    AwardTypeSummary s = e.summary();
                    entries.put(
                            o.code(),
                            new Entry(
                                    new AwardTypeSummary(
                                            s.code(),
                                            s.kind(),
                                            s.subject(),
                                            o.nameVi() != null ? o.nameVi() : s.nameVi(),
                                            o.nameEn() != null ? o.nameEn() : s.nameEn(),
                                            s.rank(),
                                            s.coefficient(),
                                            o.requires() != null ? o.requires() : s.requires(),
                                            s.scarce()),
                                    e.validFrom(),
                                    e.validTo(),
                                    o.legalBasis() != null ? o.legalBasis() : e.legalBasis(),
                                    true));
                    if (o.decidedBy() != null) {
                        authority.removeIf(a -> a.startsWith(o.code() + "/"));
                        o.decidedBy().forEach(t -> authority.add(o.code() + "/" + t.name()));
                    }
                }
                for (ProvinceAwardTypes.Addition a : parsed.additions()) {
                    String code = a.summary().code();
                    entries.put(code, new Entry(a.summary(), a.validFrom(), a.validTo(), a.legalBasis(), true));
                    system.put(code, new Entry(a.summary(), a.validFrom(), a.validTo(), a.legalBasis(), false));
                    a.decidedBy().forEach(t -> {
                        authority.add(code + "/" + t.name());
                        systemAuthority.add(code + "/" + t.name());
                    });
                }
                byProvince.put(p.code(), new View(Map.copyOf(entries), Set.copyOf(authority)));
            }
            current = Map.entry(
                    generation,
                    new Views(Map.copyOf(byProvince), new View(Map.copyOf(system), Set.copyOf(systemAuthority))));
            views = current;
        }
        return current.getValue();
    }

    public AwardTypeSummary get(String code) {
        return find(code).orElseThrow(() -> new BusinessException("catalogue.error.unknown", code));
    }

    /** Lương cơ sở in force on {@code date}. */
    public BigDecimal baseSalaryOn(LocalDate date) {
        return salaries.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(date)
                .orElseThrow(() -> new BusinessException("catalogue.error.noBaseSalary", date))
                .getAmount();
    }

    /**
     * The money for one award decided on {@code decisionDate}: coefficient × base salary in force on that date,
     * rounded up to 10,000 VND (ND 152/2025 Art 49–55).
     */
    public long amount(String code, LocalDate decisionDate) {
        return amount(get(code).coefficient(), baseSalaryOn(decisionDate));
    }

    static long amount(BigDecimal coefficient, BigDecimal baseSalary) {
        return coefficient
                .multiply(baseSalary)
                .divide(TEN_THOUSAND, 0, RoundingMode.CEILING)
                .multiply(TEN_THOUSAND)
                .longValueExact();
    }

    private static AwardTypeSummary toSummary(AwardType t) {
        Set<DossierPart> parts = EnumSet.noneOf(DossierPart.class);
        if (t.getRequires() != null && !t.getRequires().isBlank()) {
            Arrays.stream(t.getRequires().split(","))
                    .map(String::trim)
                    .map(DossierPart::valueOf)
                    .forEach(parts::add);
        }
        return new AwardTypeSummary(
                t.getCode(),
                t.getKind(),
                t.getSubject(),
                t.getNameVi(),
                t.getNameEn(),
                t.getRank(),
                t.getCoefficient(),
                Set.copyOf(parts),
                t.isScarce());
    }
}
