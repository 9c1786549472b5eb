package org.demarc.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a child JVM's network use observable without a security manager (which JDK 24+
 * refuses). Every proxy setting of the child (SOCKS, HTTP, HTTPS, FTP, no host exempted) points
 * at a local listener, so any outbound TCP connection, through a Socket or a URL, arrives here
 * instead of leaving the machine. Name lookups go to a hosts file that is a named pipe: the child
 * opening it to resolve a name is seen, and it reads an empty file, so nothing is resolved.
 */
final class NetworkTrap implements AutoCloseable {
    private final ServerSocket listener;
    private final Path hostsFile;
    private final List<String> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private volatile boolean closed;
    private final Thread acceptor;
    private final Thread resolver;

    NetworkTrap(Path dir) throws IOException, InterruptedException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        hostsFile = dir.resolve("hosts.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", hostsFile.toString()).inheritIO().start();
        if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            throw new IOException("mkfifo failed");
        }
        acceptor = new Thread(this::accept, "network-trap-listener");
        acceptor.setDaemon(true);
        acceptor.start();
        resolver = new Thread(this::resolve, "network-trap-hosts");
        resolver.setDaemon(true);
        resolver.start();
    }

    /** The options that route all of the child's network use here. */
    List<String> jvmOptions() {
        String port = String.valueOf(listener.getLocalPort());
        return List.of("-Djava.net.useSystemProxies=false",
                "-DsocksProxyHost=127.0.0.1", "-DsocksProxyPort=" + port, "-DsocksNonProxyHosts=",
                "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=" + port, "-Dhttp.nonProxyHosts=",
                "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + port,
                "-Dftp.proxyHost=127.0.0.1", "-Dftp.proxyPort=" + port, "-Dftp.nonProxyHosts=",
                "-Djdk.net.hosts.file=" + hostsFile);
    }

    /** What each connection sent first (a SOCKS greeting or an HTTP request line). */
    List<String> connections() {
        return List.copyOf(connections);
    }

    int lookups() {
        return lookups.get();
    }

    private void accept() {
        while (!closed) {
            try (Socket s = listener.accept()) {
                s.setSoTimeout(2000);
                byte[] first = new byte[64];
                int n = 0;
                try {
                    n = Math.max(0, s.getInputStream().read(first));
                } catch (IOException timeout) {
                    // Connected and sent nothing: still a connection.
                }
                connections.add(describe(first, n));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void resolve() {
        while (!closed) {
            // Blocks until a reader opens the pipe; the reader then sees an empty hosts file.
            try (OutputStream out = Files.newOutputStream(hostsFile)) {
                if (!closed) {
                    lookups.incrementAndGet();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static String describe(byte[] b, int n) {
        if (n > 0 && (b[0] == 4 || b[0] == 5)) {
            return "SOCKS" + b[0] + " greeting";
        }
        return new String(b, 0, n, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("(nothing sent)");
    }

    @Override
    public void close() throws Exception {
        closed = true;
        listener.close();
        // Release the writer blocked on the pipe by opening it once as a reader ourselves (a
        // writer that is gone would leave this open blocked, hence the check).
        if (resolver.isAlive()) {
            try (InputStream in = Files.newInputStream(hostsFile)) {
                in.readAllBytes();
            }
        }
        acceptor.join(5000);
        resolver.join(5000);
    }
}
