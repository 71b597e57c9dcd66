package vn.thidua.tenancy;

import java.util.List;
import java.util.Map;

/** A province as configured in its tenants-config file: branding, OIDC registrations, rule overrides. */
public record ProvinceSettings(
        String code,
        String name,
        String displayName,
        String file,
        List<OidcRegistrationSettings> oidc,
        Map<String, Object> ruleOverrides) {}
