package org.demarc.model;

/** Who is responsible for one control on one service. */
public enum Responsibility {
    PROVIDER,
    SHARED,
    CUSTOMER,
    /**
     * The control has nothing to act on in this service (an EBS volume runs no guest operating
     * system); where the work lives in another service, the override names it ("assessed under").
     * Never asked, and never counted as the provider's.
     */
    NOT_APPLICABLE;

    /** True when the customer must implement part of the control and so must answer it. */
    public boolean customerHoldsShare() {
        return this == SHARED || this == CUSTOMER;
    }
}
