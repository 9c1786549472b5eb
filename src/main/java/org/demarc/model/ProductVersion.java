package org.demarc.model;

/** The program's version, as the build wrote it into the jar's manifest. */
public final class ProductVersion {
    private ProductVersion() {
    }

    public static String current() {
        String v = ProductVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
