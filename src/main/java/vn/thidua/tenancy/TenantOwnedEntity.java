package vn.thidua.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * Base class of every tenant-owned entity: {@code tenant_id} is the owning org unit and is filled and filtered
 * by Hibernate from the one {@code CurrentTenantIdentifierResolver}. Never set it by hand.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Version
    private long version;

    /**
     * Assigns the owning unit explicitly. Hibernate accepts this only in a system (root) session, e.g. the
     * tenants-config loader creating a unit's first rows; in a user session the resolver's tenant is used.
     */
    protected void assignTenant(long unitId) {
        this.tenantId = unitId;
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public long getVersion() {
        return version;
    }
}
