package org.demarc.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Loaded;
import org.demarc.model.Assessment;

/** The sample assessments shipped with the program, read through the normal project reader. */
public final class Samples {
    public static final String WEBSHOP = "/org/demarc/samples/webshop.demarc";
    /** The web shop sample after sign-off (without a digital signature: no private key is shipped). */
    public static final String WEBSHOP_SIGNED_OFF = "/org/demarc/samples/webshop-signed-off.demarc";
    /** One workload on two clouds: the shop front end on Azure, its data on AWS. */
    public static final String MULTICLOUD = "/org/demarc/samples/webshop-multicloud.demarc";

    private Samples() {
    }

    public static byte[] webshopBytes() {
        return bytes(WEBSHOP);
    }

    public static byte[] webshopSignedOffBytes() {
        return bytes(WEBSHOP_SIGNED_OFF);
    }

    public static Assessment webshop() {
        return read(WEBSHOP);
    }

    public static Loaded<Assessment> webshopLoaded() throws InvalidFileException {
        return new ProjectReader().read(webshopBytes());
    }

    public static byte[] multicloudBytes() {
        return bytes(MULTICLOUD);
    }

    public static Assessment multicloud() {
        return read(MULTICLOUD);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Assessment read(String resource) {
        try {
            return new ProjectReader().read(bytes(resource)).value();
        } catch (InvalidFileException e) {
            throw new IllegalStateException("sample invalid: " + e.getMessage(), e);
        }
    }
}
