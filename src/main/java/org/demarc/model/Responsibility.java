package org.demarc.model;

/** Who is responsible for one control on one service. */
public enum Responsibility {
    PROVIDER,
    SHARED,
    CUSTOMER;

    /** True when the customer must implement part of the control and so must answer it. */
    public boolean customerHoldsShare() {
        return this != PROVIDER;
    }
}
