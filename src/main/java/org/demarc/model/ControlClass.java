package org.demarc.model;

/** How a control is split between provider and customer, as the source document classifies IT controls. */
public enum ControlClass {
    /** Fully inherited from the provider (physical and environmental). */
    INHERITED,
    /** Each party covers its own layer (patching, configuration, training). */
    SHARED,
    /** Solely the customer's (service and communications protection, zone security). */
    CUSTOMER_SPECIFIC
}
