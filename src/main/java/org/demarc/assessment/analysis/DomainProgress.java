package org.demarc.assessment.analysis;

import org.demarc.model.Domain;

/**
 * How far one domain is: questions answered of those asked, and the coverage score (the share of
 * applicable questions whose customer side is covered; partial counts half).
 */
public record DomainProgress(Domain domain, int asked, int answered, double coverage, int applicable) {
    public boolean complete() {
        return answered == asked;
    }
}
