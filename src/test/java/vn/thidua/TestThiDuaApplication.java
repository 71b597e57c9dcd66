package vn.thidua;

import org.springframework.boot.SpringApplication;
import vn.thidua.demo.DemoData;

/**
 * The run command's entry point ({@code ./mvnw} = {@code spring-boot:test-run}): the real application plus
 * the demo users of the demo tenants. Demo data lives in test sources, never in the production jar.
 */
public class TestThiDuaApplication {

    public static void main(String[] args) {
        SpringApplication.from(ThiDuaApplication::main).with(DemoData.class).run(args);
    }
}
