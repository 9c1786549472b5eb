package org.demarc.catalog;

/** Service ids are prefixed by their provider ({@code aws.ec2}, {@code azure.vm}, {@code gcp.compute-engine}). */
public final class ServiceIds {
    private ServiceIds() {
    }

    /** The provider part of a service id: {@code aws} for {@code aws.ec2}; empty when there is no dot. */
    public static String provider(String serviceId) {
        int dot = serviceId.indexOf('.');
        return dot < 0 ? "" : serviceId.substring(0, dot);
    }
}
