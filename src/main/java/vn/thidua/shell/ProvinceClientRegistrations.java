package vn.thidua.shell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;
import vn.thidua.tenancy.OidcRegistrationSettings;
import vn.thidua.tenancy.ProvinceDirectory;

/**
 * OIDC client registrations from tenants-config, discovered from the issuer on first use (so start-up never
 * depends on an identity provider being reachable) and cached. A registration without its secret is absent.
 */
@Component
class ProvinceClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(ProvinceClientRegistrations.class);

    private final ProvinceDirectory provinces;
    private final Map<String, ClientRegistration> cache = new ConcurrentHashMap<>();

    ProvinceClientRegistrations(ProvinceDirectory provinces) {
        this.provinces = provinces;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        ClientRegistration cached = cache.get(registrationId);
        if (cached != null) {
            return cached;
        }
        OidcRegistrationSettings settings =
                provinces.oidcRegistration(registrationId).orElse(null);
        if (settings == null) {
            return null;
        }
        String secret = provinces.clientSecret(settings);
        if (secret == null) {
            return null;
        }
        try {
            ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(registrationId)
                    .clientName(settings.displayName())
                    .clientId(settings.clientId())
                    .clientSecret(secret)
                    .scope("openid", "email", "profile")
                    .build();
            cache.put(registrationId, registration);
            return registration;
        } catch (RuntimeException e) {
            log.warn(
                    "OIDC issuer {} of registration {} is not reachable: {}",
                    settings.issuerUri(),
                    registrationId,
                    e.getMessage());
            return null;
        }
    }
}
