package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/** The report names the deployment variant beside the service: scope, matrix and the sources appendix. */
class VariantsInReportTest {
    @Test
    void theVariantIsNamedWithTheServiceAndItsOverridesCiteTheirPages() {
        Assessment sample = Samples.webshop();
        java.util.TreeSet<String> scope = new java.util.TreeSet<>(sample.scope());
        scope.add("aws.eks");
        Assessment a = sample.withScope(scope).withVariant("aws.eks", "auto-mode");
        String text = Reports.text(Reports.render(a)).replaceAll("\\s+", " ");
        assertThat(text).contains("(EKS Auto Mode)");
        assertThat(text).contains("Learn about Amazon EKS Auto Mode Managed instances");
    }
}
