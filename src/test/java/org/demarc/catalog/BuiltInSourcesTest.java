package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.demarc.model.Catalog;
import org.demarc.model.CategoryProfile;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Every departure of the built-in catalog from a category default rests on an AWS page, and every
 * category on the page that defines it. The pages are listed in src/docs/catalog-corrections.md.
 */
class BuiltInSourcesTest {
    private static final Catalog AWS = BuiltInCatalog.load();

    /**
     * Overrides for which no AWS page has been found yet ("service control"). An override that gains a
     * source must leave it; a new override joins it only with its reason in
     * src/docs/catalog-corrections.md ("Source not found").
     */
    private static final Set<String> SOURCE_NOT_FOUND = Set.of(
            "aws.ebs PAT-02", "aws.ebs PLT-01", "aws.ebs CFG-02", "aws.ebs VUL-01",
            "aws.ebs NET-01", "aws.ebs PAT-03", "aws.ebs NET-04", "aws.ebs KEY-02",
            "aws.vpc PAT-02", "aws.vpc PLT-01", "aws.vpc CFG-02", "aws.vpc VUL-01",
            "aws.vpc PAT-03", "aws.vpc PLT-02", "aws.vpc KEY-02", "aws.fsx PLT-02",
            "aws.cloudhsm CFG-02", "aws.directoryservice CFG-02", "aws.directoryservice RES-01", "aws.directoryservice PAT-03",
            "aws.sagemaker PAT-02", "aws.efs PLT-02", "aws.cloudfront NET-01", "aws.directconnect RES-01",
            "aws.kms BCK-01",
            // 2026.12.3: nothing scans what the customer deploys unless it does, and no AWS page says so.
            "aws.apprunner PLT-02", "aws.workspacesapplications PLT-02");

    @Test
    void everyCategoryNamesTheAwsPageThatDefinesIt() {
        for (CategoryProfile p : AWS.categories()) {
            assertThat(p.source()).as(p.category().name()).isNotNull();
            assertAwsPage(p.source(), p.category().name());
        }
    }

    @Test
    void everyOverrideNamesAnAwsPageExceptTheKnownGaps() {
        List<String> missing = new ArrayList<>();
        for (Service s : AWS.services()) {
            for (ServiceOverride o : s.overrides()) {
                String key = s.id() + " " + o.controlId();
                if (o.source() == null) {
                    missing.add(key);
                } else {
                    assertAwsPage(o.source(), key);
                }
            }
        }
        assertThat(missing).as("overrides without a source that are not known gaps")
                .allMatch(SOURCE_NOT_FOUND::contains);
        assertThat(SOURCE_NOT_FOUND).as("known gaps that have a source now or no longer exist; remove them")
                .allMatch(missing::contains);
    }

    @Test
    void aRationaleThatSendsTheReaderElsewhereBelongsToANotApplicableCell() {
        List<String> wrong = new ArrayList<>();
        for (Service s : AWS.services()) {
            for (ServiceOverride o : s.overrides()) {
                String r = o.rationale().toLowerCase(java.util.Locale.ROOT);
                boolean saysNa = r.contains("not applicable") || r.contains("assessed under");
                if (saysNa && o.responsibility() != Responsibility.NOT_APPLICABLE) {
                    wrong.add(s.id() + " " + o.controlId() + " " + o.responsibility());
                }
            }
        }
        assertThat(wrong).as("rationale says not applicable / assessed under, but the cell is not").isEmpty();
    }

    @Test
    void everyAssessedUnderNamesAnotherServiceOfTheCatalogInItsRationale() {
        for (Service s : AWS.services()) {
            for (ServiceOverride o : s.overrides()) {
                if (o.assessedUnder() != null) {
                    Service under = AWS.service(o.assessedUnder()).orElseThrow();
                    assertThat(under.id()).isNotEqualTo(s.id());
                    assertThat(o.rationale()).as(s.id() + " " + o.controlId()).contains(under.name());
                }
            }
        }
    }

    private static void assertAwsPage(Source s, String what) {
        assertThat(s.title()).as(what).isNotBlank();
        assertThat(s.url()).as(what).matches("https://(docs\\.)?aws\\.amazon\\.com/.+");
        assertThat(s.checked()).as(what).isNotNull();
    }
}
