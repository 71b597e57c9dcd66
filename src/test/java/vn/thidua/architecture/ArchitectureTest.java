package vn.thidua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.thidua.tenancy.TenantScope;

/** In-module rules of the house, each named as a sentence. Runs in {@code verify}; fails when a rule is broken. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua");

    /** The only classes allowed to run SQL outside JPA repositories; each adds an explicit tenant predicate. */
    static final String[] SQL_ALLOW_LIST = {
        "vn.thidua.identity.domain.MembershipDirectory",
        // opens a session of another tenant on the caller's connection (deliverUp / writeBelow), nothing else
        "vn.thidua.tenancy.TenantScope",
        // the read model: system refresh of summary rows from the source tables, in the source transaction (ADR 0011)
        "vn.thidua.reporting.ReadModel",
        // dashboards: summary rows only, every query restricted to the viewer's subtree by scope() (ADR 0011)
        "vn.thidua.reporting.ReportingService"
    };

    /** The only callers of the root (unfiltered) tenant scope: system work, never a user action. */
    static final String[] SYSTEM_SCOPE_ALLOW_LIST = {
        "vn.thidua.tenancy.TenantsConfigLoader", "vn.thidua.identity.UserProvisioning"
    };

    @Test
    void viewsNeverUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .or()
                .areAnnotatedWith(Route.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("..domain..")
                .check(CLASSES);
    }

    @Test
    void noJdbcOutsideTheAllowList() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(SQL_ALLOW_LIST[0])
                .and()
                .doNotHaveFullyQualifiedName(SQL_ALLOW_LIST[1])
                .and()
                .doNotHaveFullyQualifiedName(SQL_ALLOW_LIST[2])
                .and()
                .doNotHaveFullyQualifiedName(SQL_ALLOW_LIST[3])
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.Connection")
                .orShould()
                .callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .check(CLASSES);
    }

    @Test
    void noNativeRepositoryQueries() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAssignableTo(Repository.class)
                .should()
                .notBeAnnotatedWith(NativeQuery.class)
                .andShould(new ArchCondition<JavaMethod>("not declare a native @Query") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.tryGetAnnotationOfType(Query.class)
                                .filter(Query::nativeQuery)
                                .ifPresent(q -> events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " declares a native query")));
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlySystemWorkUsesTheRootTenantScope() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(SYSTEM_SCOPE_ALLOW_LIST[0])
                .and()
                .doNotHaveFullyQualifiedName(SYSTEM_SCOPE_ALLOW_LIST[1])
                .and()
                .doNotHaveFullyQualifiedName(TenantScope.class.getName())
                .should()
                .callMethod(TenantScope.class, "asSystem", java.util.function.Supplier.class)
                .check(CLASSES);
    }

    /** Reading another unit's rows outside the subtree is for a file a visibility predicate has already allowed. */
    @Test
    void onlyTheFileStoreReadsSharedRowsOfAnotherUnit() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("vn.thidua.submission.FileService")
                .and()
                .doNotHaveFullyQualifiedName(TenantScope.class.getName())
                .should()
                .callMethod(TenantScope.class, "readShared", long.class, java.util.function.Supplier.class)
                .check(CLASSES);
    }

    @Test
    void tenantIsNeverKeptInAStaticField() {
        noFields()
                .that()
                .areStatic()
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("..tenancy")
                .should()
                .haveRawType(ThreadLocal.class)
                .check(CLASSES);
    }

    @Test
    void everyRouteDeclaresItsAccess() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void viewsArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .resideInAPackage("..ui..")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void servicesAreNotUsedFromDomainPackages() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Service")
                .check(CLASSES);
    }
}
