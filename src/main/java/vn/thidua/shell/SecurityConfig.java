package vn.thidua.shell;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.thidua.identity.OidcLoginSuccessHandler;
import vn.thidua.identity.PortalAuthenticationProvider;

/**
 * Local accounts (form login with the portal's provider) and OIDC login through the provinces' registrations.
 * Permissions are granted as Spring roles, so {@code @RolesAllowed(Permission.X)} checks permission X.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            PortalAuthenticationProvider provider,
            OidcLoginSuccessHandler oidcSuccess,
            ProvinceClientRegistrations registrations)
            throws Exception {
        http.authenticationProvider(provider);
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers("/icons/**", "/images/**", "/styles/**").permitAll());
        http.oauth2Login(oauth -> oauth.clientRegistrationRepository(registrations)
                .loginPage("/login")
                .successHandler(oidcSuccess)
                .failureUrl("/login?error=oidc"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
