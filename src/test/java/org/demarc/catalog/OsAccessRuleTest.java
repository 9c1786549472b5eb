package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.io.ProblemList;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;
import org.demarc.testing.Gen;
import org.demarc.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * One rule per mechanism, held as a property: where the customer can log in to a deployment's
 * operating system (customerOsAccess on the service or its variant), guest OS patching (PAT-02),
 * platform operation (PLT-01) and malware protection (PLT-02) are never PROVIDER.
 */
class OsAccessRuleTest {
    private static final Catalog AWS = BuiltInCatalog.load();
    private static final List<Service> WITH_VARIANTS = AWS.services().stream().filter(Service::hasVariants).toList();

    /** Any scope of the built-in catalog, each service with variants in any of them (or none named). */
    private static Gen<Map<String, String>> projects() {
        return s -> {
            Map<String, String> chosen = new HashMap<>();
            for (Service svc : AWS.services()) {
                if (Gen.booleans().next(s)) {
                    String variant = svc.hasVariants() && Gen.booleans().next(s)
                            ? Gen.of(svc.variants()).next(s).id() : null;
                    chosen.put(svc.id(), variant);
                }
            }
            return chosen;
        };
    }

    @Test
    void noProjectShowsProviderOnOsWorkWhereTheCustomerHasTheOs() {
        Property.tries(300).forAll(projects(), chosen -> {
            Map<String, String> variants = new HashMap<>(chosen);
            variants.values().removeIf(java.util.Objects::isNull);
            ResponsibilityMatrix m = ResponsibilityEngine.matrix(AWS, chosen.keySet(), variants);
            for (Service s : m.services()) {
                if (!s.customerOsAccess(m.variant(s.id()).orElse(null))) {
                    continue;
                }
                for (String control : OsAccessRule.OS_CONTROLS) {
                    assertThat(m.cell(control, s.id()).responsibility()).as(control + " on " + m.serviceLabel(s))
                            .isNotEqualTo(Responsibility.PROVIDER);
                }
            }
        });
    }

    @Test
    void theBuiltInCatalogBreaksTheRuleNowhere() {
        assertThat(OsAccessRule.breaches(AWS)).isEmpty();
    }

    @Test
    void theDefaultVariantOfEveryServiceTheRulesNameAsLoggedInToDeclaresOsAccess() {
        for (String id : CatalogRulesTest.CUSTOMER_OS_ACCESS) {
            Service s = AWS.service(id).orElseThrow();
            if (s.hasVariants()) {
                assertThat(s.customerOsAccess(s.defaultVariant().orElseThrow())).as(id).isTrue();
            }
        }
    }

    @Test
    void theValidatorWarnsWhereAVariantWithOsAccessGetsProvider() {
        Gen<Breach> breaches = s -> new Breach(Gen.of(WITH_VARIANTS).next(s), Gen.ints(0, 3).next(s),
                Gen.of(List.copyOf(OsAccessRule.OS_CONTROLS)).next(s), Gen.booleans().next(s));
        Property.tries(200).forAll(breaches, b -> {
            int v = b.variantIndex() % b.service().variants().size();
            Catalog broken = b.apply(v);
            ProblemList problems = new ProblemList();
            new CatalogValidator(FrameworkReference.builtIn()).validate(broken, "", problems);
            String at = "/services/" + AWS.services().indexOf(b.service()) + "/variants/" + v;
            assertThat(problems.warnings()).anySatisfy(p -> {
                assertThat(p.key()).isEqualTo("catalog.osAccessProvider");
                assertThat(p.location()).isEqualTo(at);
                assertThat(p.text()).contains(b.service().id()).contains(b.control());
            });
        });
    }

    /** A variant given OS access (on itself or, with {@code onService}, on its service) and PROVIDER on one OS control. */
    private record Breach(Service service, int variantIndex, String control, boolean onService) {
        Catalog apply(int v) {
            List<ServiceVariant> variants = new ArrayList<>(service.variants());
            ServiceVariant old = variants.get(v);
            List<ServiceOverride> overrides = new ArrayList<>(old.overrides());
            overrides.removeIf(o -> o.controlId().equals(control));
            overrides.add(new ServiceOverride(control, Responsibility.PROVIDER, "Made up for the test."));
            variants.set(v, new ServiceVariant(old.id(), old.name(), old.isDefault(), onService ? null : Boolean.TRUE,
                    old.description(), overrides));
            Service changed = new Service(service.id(), service.name(), service.group(), service.category(),
                    service.description(), service.overrides(), variants, onService || service.customerOsAccess());
            List<Service> services = new ArrayList<>(AWS.services());
            services.set(services.indexOf(service), changed);
            List<Control> controls = AWS.controls();
            return new Catalog(AWS.id(), AWS.name(), AWS.version(), AWS.provider(), AWS.categories(), AWS.domains(),
                    services, controls);
        }
    }
}
