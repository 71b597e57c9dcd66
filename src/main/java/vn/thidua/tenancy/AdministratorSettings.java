package vn.thidua.tenancy;

import java.util.List;

/** A first administrator listed in tenants-config (created once, never overwritten). */
public record AdministratorSettings(
        String username,
        String name,
        String email,
        String unitCode,
        List<String> roles,
        String passwordEnv,
        String file,
        int line) {}
