package org.demarc.reliability;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;

/**
 * Does what Demarc must never do: a socket connection, a URL fetch and a name lookup. Run in a
 * child JVM it proves {@link NetworkTrap} sees each of them; imported by the ArchUnit rule's
 * self-test it proves the rule reports them.
 */
public final class OfflineCanary {
    private OfflineCanary() {
    }

    public static void main(String[] args) {
        // 203.0.113.0/24 is TEST-NET-3: never routed, so nothing leaves even if the trap failed.
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("203.0.113.7", 80), 3000);
            System.out.println("CANARY socket connected");
        } catch (Exception e) {
            System.out.println("CANARY socket: " + e);
        }
        try (InputStream in = new URL("http://203.0.113.8/canary").openStream()) {
            System.out.println("CANARY url read " + in.read());
        } catch (Exception e) {
            System.out.println("CANARY url: " + e);
        }
        try {
            System.out.println("CANARY lookup " + InetAddress.getByName("demarc-canary.invalid"));
        } catch (Exception e) {
            System.out.println("CANARY lookup: " + e);
        }
        System.out.println("CANARY-DONE");
    }
}
