package vn.thidua.audit.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append and read only: no update or delete methods on purpose. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query(
            """
            select a from AuditEntry a
            where a.unitPath like concat(:path, '%')
              and (:text is null or lower(a.entityId) like :text or lower(a.actor) like :text
                   or lower(a.changes) like :text)
            order by a.occurredAt desc, a.id desc
            """)
    List<AuditEntry> findInSubtree(@Param("path") String path, @Param("text") String text, Pageable page);

    @Query(
            """
            select count(a) from AuditEntry a
            where a.unitPath like concat(:path, '%')
              and (:text is null or lower(a.entityId) like :text or lower(a.actor) like :text
                   or lower(a.changes) like :text)
            """)
    long countInSubtree(@Param("path") String path, @Param("text") String text);

    long count();
}
