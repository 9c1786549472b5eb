package org.demarc.ui.wizard.responsibility;

/** Which rows the matrix shows, by who holds the control among the services shown. */
public enum ShareFilter {
    ALL,
    /** The customer holds the control alone or shares it, for at least one service shown. */
    CUSTOMER_SHARE,
    /** The provider holds it for every service shown: the inherited controls. */
    PROVIDER_ONLY
}
