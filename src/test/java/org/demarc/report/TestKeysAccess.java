package org.demarc.report;

import java.nio.file.Path;

/** The test key store, for tests in other packages (the command line's). */
public final class TestKeysAccess {
    private TestKeysAccess() {
    }

    public static Path keyStore(Path dir) throws Exception {
        return TestKeys.keyStore(dir);
    }

    public static Path twoKeyStore(Path dir) throws Exception {
        return TestKeys.twoKeyStore(dir);
    }

    public static Path lookAlikeKeyStore(Path dir) throws Exception {
        return TestKeys.lookAlikeKeyStore(dir);
    }

    public static String secondSigner() {
        return TestKeys.SECOND_SIGNER;
    }

    public static String password() {
        return TestKeys.PASSWORD;
    }
}
