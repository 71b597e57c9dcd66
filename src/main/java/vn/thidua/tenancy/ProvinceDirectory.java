package vn.thidua.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The provinces of the last successful tenants-config load (branding, OIDC registrations, rule overrides). */
@Component
public class ProvinceDirectory {

    private final Environment environment;
    private volatile Map<String, ProvinceSettings> provinces = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    ProvinceDirectory(Environment environment) {
        this.environment = environment;
    }

    void replace(List<ProvinceSettings> loaded) {
        Map<String, ProvinceSettings> next = new ConcurrentHashMap<>();
        loaded.forEach(p -> next.put(p.code(), p));
        this.provinces = next;
        generation.incrementAndGet();
    }

    /** Every configured province. */
    public Collection<ProvinceSettings> all() {
        return List.copyOf(provinces.values());
    }

    /** Changes each time the provinces are replaced (a successful tenants-config load), for caches built on them. */
    public long generation() {
        return generation.get();
    }

    public Optional<ProvinceSettings> find(String provinceCode) {
        return Optional.ofNullable(provinces.get(provinceCode));
    }

    /** Registrations whose secret variable is present in the environment (or Spring property of that name). */
    public List<OidcRegistrationSettings> usableOidcRegistrations() {
        return provinces.values().stream()
                .flatMap(p -> p.oidc().stream())
                .filter(r -> clientSecret(r) != null)
                .toList();
    }

    public Optional<OidcRegistrationSettings> oidcRegistration(String registrationId) {
        return provinces.values().stream()
                .flatMap(p -> p.oidc().stream())
                .filter(r -> r.registrationId().equals(registrationId))
                .findFirst();
    }

    public String clientSecret(OidcRegistrationSettings registration) {
        return environment.getProperty(registration.clientSecretEnv());
    }
}
