package vn.thidua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.thidua.demo.DemoData;

/** Full application with the shipped tenants-config and the demo users, on the test database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({DemoData.class, TestLogins.class})
public @interface IntegrationTest {}
