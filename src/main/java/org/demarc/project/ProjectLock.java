package org.demarc.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * Who has a project open: a lock file {@code NAME.demarc.lock} beside it with owner, host, process
 * and time, so a second instance or a colleague on a shared drive is told by whom and since when.
 * Locks are advice, not enforcement: the user can open read-only or take a lock over.
 */
public final class ProjectLock {
    public static final String SUFFIX = ".lock";
    /** A lock from another machine older than this is presumed left behind by a crash. */
    static final Duration STALE_ELSEWHERE = Duration.ofHours(24);

    /** The holder of a lock. */
    public record Holder(String user, String host, long pid, Instant since) {
        public static Holder current(Instant now) {
            return new Holder(System.getProperty("user.name", ""), hostName(), ProcessHandle.current().pid(), now);
        }

        public boolean isSameProcessAs(Holder other) {
            return host.equals(other.host) && pid == other.pid;
        }
    }

    private ProjectLock() {
    }

    public static Path lockFileOf(Path project) {
        return project.resolveSibling(project.getFileName() + SUFFIX);
    }

    /** The current holder, if the project is locked (an unreadable lock file counts as held by nobody known). */
    public static Optional<Holder> holder(Path project) {
        Path lock = lockFileOf(project);
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(lock);
            if (bytes.length > 4096) {
                return Optional.of(new Holder("?", "?", -1, Instant.EPOCH));
            }
            Properties p = new Properties();
            p.load(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
            return Optional.of(new Holder(p.getProperty("user", "?"), p.getProperty("host", "?"),
                    parseLong(p.getProperty("pid")), parseInstant(p.getProperty("since"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(new Holder("?", "?", -1, Instant.EPOCH));
        }
    }

    /**
     * Whether a lock was left behind: on this machine, its process is gone; elsewhere, it is older
     * than a day (we cannot see other machines' processes).
     */
    public static boolean isStale(Holder h, Instant now) {
        if (h.host().equals(hostName())) {
            return h.pid() < 0 || ProcessHandle.of(h.pid()).map(ph -> !ph.isAlive()).orElse(true);
        }
        return h.since().plus(STALE_ELSEWHERE).isBefore(now);
    }

    /**
     * Whether the lock was left by a program on this computer that is no longer running (a crash):
     * nobody can be editing under it, so it is taken over without asking.
     */
    public static boolean isLeftByEndedProcessHere(Holder h) {
        return h.host().equals(hostName()) && h.pid() >= 0
                && ProcessHandle.of(h.pid()).map(ph -> !ph.isAlive()).orElse(true);
    }

    /**
     * Takes the lock for {@code me}. Without {@code takeOver} it fails with
     * {@link FileAlreadyExistsException} when someone else holds it.
     */
    public static void acquire(Path project, Holder me, boolean takeOver) throws IOException {
        Path lock = lockFileOf(project);
        byte[] content = format(me).getBytes(StandardCharsets.UTF_8);
        if (takeOver) {
            Files.deleteIfExists(lock);
        } else {
            Optional<Holder> existing = holder(project);
            if (existing.isPresent() && existing.get().isSameProcessAs(me)) {
                return;
            }
        }
        Files.write(lock, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Removes the lock if this process holds it; someone else's lock is left alone. */
    public static void release(Path project, Holder me) throws IOException {
        Optional<Holder> h = holder(project);
        if (h.isPresent() && h.get().isSameProcessAs(me)) {
            Files.deleteIfExists(lockFileOf(project));
        }
    }

    static String format(Holder h) {
        return "# Demarc: this project is open in another window or on another computer.\n"
                + "user=" + escape(h.user()) + "\nhost=" + escape(h.host()) + "\npid=" + h.pid()
                + "\nsince=" + h.since() + "\n";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", " ").replace("\r", " ");
    }

    private static long parseLong(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Instant parseInstant(String s) {
        try {
            return s == null ? Instant.EPOCH : Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env == null || env.isBlank()) {
            env = System.getenv("COMPUTERNAME");
        }
        if (env != null && !env.isBlank()) {
            return env;
        }
        // Never InetAddress.getLocalHost(): it may ask a name server, and Demarc stays offline.
        try {
            Path etc = Path.of("/etc/hostname");
            if (Files.isRegularFile(etc)) {
                String name = Files.readString(etc, StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown-host";
    }
}
