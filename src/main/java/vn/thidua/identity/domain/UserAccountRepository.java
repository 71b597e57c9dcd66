package vn.thidua.identity.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    Optional<UserAccount> findByOidcSubject(String subject);

    boolean existsByUsername(String username);

    boolean existsByEmailIgnoreCase(String email);
}
