package vn.thidua.tenancy;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The one place that decides the tenant of a Hibernate session: an explicit {@link TenantScope} if one is
 * running on this thread, else the active unit of the authenticated user, else a tenant that owns nothing.
 */
@Component
class ActiveTenantResolver implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

    /** Matches no row: a session without a user and without an explicit scope sees no tenant data. */
    static final Long NO_TENANT = -1L;

    @Override
    public Long resolveCurrentTenantIdentifier() {
        Long override = TenantScope.currentOverride();
        if (override != null) {
            return override;
        }
        return TenantContext.activeUnitId().orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(Long tenantId) {
        return tenantId != null && tenantId == TenantScope.SYSTEM;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
