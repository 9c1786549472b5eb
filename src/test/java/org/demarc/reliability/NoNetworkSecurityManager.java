package org.demarc.reliability;

import java.net.SocketPermission;
import java.net.URLPermission;
import java.security.Permission;

/**
 * Installed with {@code -Djava.security.manager=...} in a child JVM: any attempt to open, accept
 * or resolve a network connection is reported on stderr and refused; everything else is allowed.
 */
public final class NoNetworkSecurityManager extends SecurityManager {
    @Override
    public void checkPermission(Permission perm) {
        if (perm instanceof SocketPermission || perm instanceof URLPermission) {
            System.err.println("NETWORK ATTEMPT: " + perm);
            throw new SecurityException("Demarc must stay offline: " + perm);
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }
}
