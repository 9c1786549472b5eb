package org.demarc.interop.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based (version 5, SHA-1, RFC 4122) UUIDs for everything an export writes: the same project
 * content and the same stable key give the same UUID, so two exports are byte-identical and a
 * re-export after an edit keeps the UUIDs of what did not move. OSCAL accepts versions 4 and 5 only.
 */
final class OscalUuids {
    /** The namespace of every Demarc OSCAL UUID (itself a version 5 UUID of "demarc-oscal" in the URL namespace). */
    private static final UUID NAMESPACE = v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "demarc-oscal");

    private final String fingerprint;

    OscalUuids(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** The UUID of one thing in this export, named by a stable key such as "component/ec2". */
    String of(String key) {
        return v5(NAMESPACE, fingerprint + "/" + key).toString();
    }

    /** A UUID that does not depend on the project: for the shipped profile, the same in every export. */
    static String fixed(String key) {
        return v5(NAMESPACE, key).toString();
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required on every Java platform", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
