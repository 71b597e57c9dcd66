package vn.thidua.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalogue.domain.AwardAuthorityRepository;
import vn.thidua.catalogue.domain.AwardType;
import vn.thidua.catalogue.domain.AwardTypeRepository;
import vn.thidua.catalogue.domain.BaseSalaryRepository;
import vn.thidua.shared.BusinessException;

/** Reads the catalogue of titles and award forms, and computes award money (reference data, no tenant). */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final AwardTypeRepository types;
    private final BaseSalaryRepository salaries;
    private final AwardAuthorityRepository authorities;
    private volatile Map<String, Entry> cache;
    private volatile Set<String> authorityCache;

    CatalogueService(AwardTypeRepository types, BaseSalaryRepository salaries, AwardAuthorityRepository authorities) {
        this.types = types;
        this.salaries = salaries;
        this.authorities = authorities;
    }

    /**
     * Whether a unit of {@code unitType} (an {@code OrgUnitType} name) records decisions of award {@code code}:
     * its own authority, or the higher authority it advises and records for (data: {@code award_authority}).
     */
    public boolean mayDecide(String code, String unitType) {
        Set<String> result = authorityCache;
        if (result == null) {
            result = authorities.findAll().stream()
                    .map(a -> a.getAwardCode() + "/" + a.getUnitType())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            authorityCache = result;
        }
        return result.contains(code + "/" + unitType);
    }

    /** Titles and award forms valid on {@code date}, in the legal order. */
    public List<AwardTypeSummary> awardTypes(LocalDate date) {
        return all().values().stream()
                .filter(e -> !e.validFrom().isAfter(date)
                        && (e.validTo() == null || !e.validTo().isBefore(date)))
                .map(Entry::summary)
                .sorted(AwardTypeSummary.LEGAL_ORDER)
                .toList();
    }

    public Optional<AwardTypeSummary> find(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(all().get(code)).map(Entry::summary);
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
                    .forEach(t -> loaded.put(t.getCode(), new Entry(toSummary(t), t.getValidFrom(), t.getValidTo())));
            result = Map.copyOf(loaded);
            cache = result;
        }
        return result;
    }

    private record Entry(AwardTypeSummary summary, LocalDate validFrom, LocalDate validTo) {}

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
