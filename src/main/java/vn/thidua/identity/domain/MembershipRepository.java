package vn.thidua.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Memberships of the session's tenant (Hibernate adds the tenant predicate to every query). */
public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query(
            """
            select m from Membership m join fetch m.user u
            where (:text is null or lower(u.displayName) like :text or lower(u.username) like :text
                   or lower(u.email) like :text)
            order by u.displayName
            """)
    List<Membership> search(@Param("text") String text, Pageable page);

    @Query(
            """
            select count(m) from Membership m join m.user u
            where (:text is null or lower(u.displayName) like :text or lower(u.username) like :text
                   or lower(u.email) like :text)
            """)
    long countSearch(@Param("text") String text);

    @Query("select m from Membership m join fetch m.user where m.id = :id")
    Optional<Membership> findWithUser(@Param("id") Long id);

    @Query("select m from Membership m where m.user.id = :userId")
    Optional<Membership> findByUserId(@Param("userId") Long userId);

    /** Root sessions only (tenants-config loader): memberships of a user in a given unit. */
    @Query("select m from Membership m where m.user.id = :userId and m.tenantId = :unitId")
    Optional<Membership> findInUnit(@Param("userId") Long userId, @Param("unitId") Long unitId);
}
