package org.demarc.model;

/** The kind of cloud service, which decides the customer's share by default (source document). */
public enum Category {
    /** Infrastructure as a service (EC2): the customer runs guest OS, applications and firewall. */
    INFRASTRUCTURE,
    /** Container or managed platform (RDS, EMR): the provider runs OS and platform. */
    CONTAINER,
    /** Abstracted services (S3, DynamoDB): the customer keeps data, classification and permissions. */
    ABSTRACTED
}
