package vn.thidua.tenancy;

/**
 * An OpenID Connect registration of a province. The secret is never in the file: it is read from the
 * environment variable {@code clientSecretEnv}; a registration whose variable is unset is not offered.
 */
public record OidcRegistrationSettings(
        String registrationId,
        String displayName,
        String issuerUri,
        String clientId,
        String clientSecretEnv,
        String provinceCode) {}
