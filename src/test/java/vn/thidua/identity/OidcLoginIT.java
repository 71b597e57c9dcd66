package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.TestLogins;
import vn.thidua.demo.DemoData;

/**
 * A full authorization-code login against a real OIDC provider running in the test: the registration comes
 * from tenants-config (secret from the environment), the token's e-mail is mapped to a portal user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({DemoData.class, TestLogins.class})
class OidcLoginIT {

    static final MockOAuth2Server IDP = new MockOAuth2Server();
    static final Path CONFIG;

    static {
        IDP.start();
        try {
            CONFIG = Files.createTempDirectory("tenants-config");
            try (var files = Files.list(Path.of("tenants-config"))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    String yaml = Files.readString(p)
                            .replace(
                                    "https://sso.thainguyen.example.vn/realms/giaoduc",
                                    IDP.issuerUrl("giaoduc").toString());
                    Files.writeString(CONFIG.resolve(p.getFileName()), yaml);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("thidua.tenants-config.dir", CONFIG::toString);
        registry.add("THIDUA_OIDC_TN_SECRET", () -> "bi-mat-thu-nghiem");
    }

    @AfterAll
    static void stop() {
        IDP.shutdown();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects by hand (they cross from the portal to the provider and back) and returns the last hop. */
    private String loginThroughProvider() throws IOException, InterruptedException {
        String url = "http://localhost:" + port + "/oauth2/authorization/tn-sso";
        for (int hops = 0; hops < 6; hops++) {
            HttpResponse<String> response = get(url);
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                return url;
            }
            url = URI.create(url).resolve(location).toString();
            if (url.equals("http://localhost:" + port + "/") || url.contains("/login?error")) {
                return url;
            }
        }
        return url;
    }

    @Test
    void aKnownEmailLogsInToThePortal() throws Exception {
        IDP.enqueueCallback(new DefaultOAuth2TokenCallback(
                "giaoduc",
                "oidc-subject-001",
                "JWT",
                List.of("thidua-portal"),
                Map.of("email", "gv.mnqt@demo.thidua.example.vn"),
                3600));
        String landed = loginThroughProvider();
        assertThat(landed).isEqualTo("http://localhost:" + port + "/");
        HttpResponse<String> home = get(landed);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void anUnknownPersonIsRefusedWithAMessage() throws Exception {
        IDP.enqueueCallback(new DefaultOAuth2TokenCallback(
                "giaoduc",
                "oidc-subject-999",
                "JWT",
                List.of("thidua-portal"),
                Map.of("email", "nguoi.la@example.com"),
                3600));
        String landed = loginThroughProvider();
        assertThat(landed).endsWith("/login?error=oidc");
    }

    @Test
    void withoutLoginTheHomePageRedirectsToTheLoginPage() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
