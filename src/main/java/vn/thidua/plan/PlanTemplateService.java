package vn.thidua.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.plan.domain.PlanDocument;
import vn.thidua.plan.domain.PlanDocumentRepository;
import vn.thidua.plan.domain.PlanTemplate;
import vn.thidua.plan.domain.PlanTemplateRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;

/**
 * Plan templates: the starters shipped with the product (files under {@code plan/templates/} — an annual emulation
 * plan, a movement plan, a plan for advanced models) and each unit's own, which it saves from any of its plans and
 * may overwrite, rename or delete. Templates are the unit's alone (tenant table).
 */
@Service
@Transactional(readOnly = true)
public class PlanTemplateService {

    static final String UNIT_PREFIX = "unit:";
    private static final int MAX_NAME = 255;

    /** A shipped starter file. */
    record Starter(String name, String subject, PlanContent content) {}

    private final PlanTemplateRepository templates;
    private final PlanDocumentRepository plans;
    private final PlanContentCodec codec;
    private final ApplicationEventPublisher events;
    private final List<Shipped> shipped;

    private record Shipped(String key, Starter starter) {}

    PlanTemplateService(
            PlanTemplateRepository templates,
            PlanDocumentRepository plans,
            PlanContentCodec codec,
            ApplicationEventPublisher events) {
        this.templates = templates;
        this.plans = plans;
        this.codec = codec;
        this.events = events;
        this.shipped = loadShipped(codec);
    }

    private static List<Shipped> loadShipped(PlanContentCodec codec) {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:plan/templates/*.json");
            return Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(f -> {
                        try {
                            String key = f.getFilename().replaceFirst("\\.json$", "");
                            return new Shipped(key, codec.read(f.getContentAsByteArray(), Starter.class));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped starters first, then the unit's own templates by name. */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public List<PlanTemplateSummary> list() {
        List<PlanTemplateSummary> result = new ArrayList<>();
        shipped.forEach(s -> result.add(new PlanTemplateSummary(
                s.key(), null, s.starter().name(), s.starter().subject(), true)));
        templates.findAllByOrderByNameAsc().stream()
                .sorted(Comparator.comparing(PlanTemplate::getName, Text.VIETNAMESE))
                .forEach(t -> result.add(new PlanTemplateSummary(
                        UNIT_PREFIX + t.getId(), t.getId(), t.getName(), t.getSubject(), false)));
        return result;
    }

    /** The starter of a template key (shipped, or one of the active unit's own). */
    Starter starter(String key) {
        if (key.startsWith(UNIT_PREFIX)) {
            long id = parseId(key.substring(UNIT_PREFIX.length()));
            PlanTemplate t = templates.findById(id).orElseThrow(() -> new NotFoundException("template"));
            return new Starter(t.getName(), t.getSubject(), codec.read(t.getContent()));
        }
        return shipped.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .map(Shipped::starter)
                .orElseThrow(() -> new NotFoundException("template"));
    }

    /**
     * Saves one of the active unit's plans as a template of the unit under {@code name}; an existing template of that
     * name is overwritten (this is how a unit edits its templates). Linked căn cứ are dropped: a template is reusable.
     */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public PlanTemplateSummary saveFromPlan(long planId, String name) {
        PortalPrincipal me = CurrentUser.require();
        String n = Text.blankToNull(name);
        if (n == null || n.length() > MAX_NAME) {
            throw new BusinessException("plan.template.error.name");
        }
        PlanDocument plan = plans.findOwn(planId, me.activeUnitId()).orElseThrow(() -> new NotFoundException("plan"));
        PlanContent c = codec.read(plan.getContent());
        PlanContent reusable = new PlanContent(
                c.bases().stream().filter(b -> b.planId() == null).toList(),
                c.sections(),
                c.timelineHeading(),
                c.timelineAfter(),
                c.timeline().stream().map(m -> m.cappedAt(null)).toList(),
                c.annexes(),
                c.recipients());
        PlanTemplate t = templates.findByName(n.strip()).orElseGet(() -> new PlanTemplate(n.strip()));
        boolean created = t.getId() == null;
        t.update(plan.getSubject(), codec.write(reusable), Instant.now(), me.displayName());
        try {
            templates.saveAndFlush(t);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("common.error.concurrent");
        }
        audit(me, t, created ? "CREATED" : "UPDATED", "from plan " + planId);
        return new PlanTemplateSummary(UNIT_PREFIX + t.getId(), t.getId(), t.getName(), t.getSubject(), false);
    }

    /** Renames one of the unit's templates. */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public void rename(long templateId, String name) {
        PortalPrincipal me = CurrentUser.require();
        String n = Text.blankToNull(name);
        if (n == null || n.length() > MAX_NAME) {
            throw new BusinessException("plan.template.error.name");
        }
        PlanTemplate t = templates.findById(templateId).orElseThrow(() -> new NotFoundException("template"));
        if (templates
                .findByName(n.strip())
                .filter(o -> !o.getId().equals(t.getId()))
                .isPresent()) {
            throw new BusinessException("plan.template.error.duplicate", n.strip());
        }
        String old = t.getName();
        t.setName(n.strip());
        templates.saveAndFlush(t);
        audit(me, t, "RENAMED", old + " → " + t.getName());
    }

    /** Deletes one of the unit's templates (the shipped starters stay). */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public void delete(long templateId) {
        PortalPrincipal me = CurrentUser.require();
        PlanTemplate t = templates.findById(templateId).orElseThrow(() -> new NotFoundException("template"));
        templates.delete(t);
        templates.flush();
        audit(me, t, "DELETED", t.getName());
    }

    private static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("template");
        }
    }

    private void audit(PortalPrincipal me, PlanTemplate t, String action, String changes) {
        events.publishEvent(
                new AuditEvent(me.activeUnitId(), "PLAN_TEMPLATE", String.valueOf(t.getId()), action, changes));
    }
}
