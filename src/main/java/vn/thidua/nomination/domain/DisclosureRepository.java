package vn.thidua.nomination.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Published lists are read only by units of the publisher's subtree: the publisher's path prefixes the viewer's. */
public interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

    @Query(
            """
            select d from Disclosure d where :viewerPath like concat(d.publisherPath, '%')
            order by d.publishedAt desc""")
    List<Disclosure> findVisible(String viewerPath);

    @Query("select d from Disclosure d where d.id = :id and :viewerPath like concat(d.publisherPath, '%')")
    Optional<Disclosure> findVisible(long id, String viewerPath);

    @Query(
            """
            select d from Disclosure d where d.publisherUnitId = :unitId and d.dossierId = :dossierId
            order by d.publishedAt desc""")
    List<Disclosure> findForDossier(long unitId, long dossierId);
}
