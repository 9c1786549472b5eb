package org.demarc.project.portfolio;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.demarc.assessment.portfolio.AssessmentSummary;
import org.demarc.io.InvalidFileException;
import org.demarc.io.SafeFiles;
import org.demarc.model.Catalog;
import org.demarc.model.Messages;
import org.demarc.project.ProjectFormat;
import org.demarc.project.ProjectReader;

/**
 * Finds every project file under a folder (following links, never round a loop, past folders it
 * may not read) and summarises them on a few threads. A file that cannot be read becomes an entry
 * with its one-line problem; nothing stops the scan but the folder itself being unusable.
 */
public final class PortfolioScan {
    /** Reading is mostly parsing: more threads than cores only add memory. */
    static final int MAX_THREADS = 4;
    private static final int MAX_DEPTH = 64;

    private final ProjectReader reader;
    private final Clock clock;
    private final int threads;

    public PortfolioScan(Clock clock) {
        this(new ProjectReader(), clock, Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())));
    }

    public PortfolioScan(ProjectReader reader, Clock clock, int threads) {
        this.reader = reader;
        this.clock = clock;
        this.threads = threads;
    }

    /** @throws IOException when {@code dir} is not a folder that can be listed */
    public Portfolio scan(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw Files.exists(root) ? new IOException(Messages.get("portfolio.notAFolder")) : new NoSuchFileException(root.toString());
        }
        List<PortfolioEntry> entries = new ArrayList<>();
        List<Path> files = find(root, entries);
        LocalDate today = LocalDate.now(clock);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "portfolio-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PortfolioEntry>> pending = new ArrayList<>();
            ConcurrentMap<JsonNode, Catalog> catalogs = new ConcurrentHashMap<>();
            for (Path f : files) {
                pending.add(pool.submit(() -> summarise(root, f, today, catalogs)));
            }
            for (Future<PortfolioEntry> f : pending) {
                entries.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        entries.sort(Comparator.comparing(PortfolioEntry::relativePath));
        return new Portfolio(entries);
    }

    /** The project files under root, each real file once; folders that could not be searched go to {@code problems}. */
    private static List<Path> find(Path root, List<PortfolioEntry> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Path realRoot = root.toRealPath();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                // A link out of the folder would let a shared folder make the scan read (and echo
                // the start of) any file the user can read: listed, never entered.
                if (!real(dir).startsWith(realRoot)) {
                    problems.add(new PortfolioEntry(dir, relative(root, dir), null, Messages.get("portfolio.outside")));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!attrs.isRegularFile() || !name.endsWith(ProjectFormat.EXTENSION)) {
                    return FileVisitResult.CONTINUE;
                }
                Path real = real(file);
                if (!real.startsWith(realRoot)) {
                    problems.add(new PortfolioEntry(file, relative(root, file), null, Messages.get("portfolio.outside")));
                } else if (seen.add(real)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String key = e instanceof FileSystemLoopException ? "portfolio.loop"
                        : e instanceof AccessDeniedException ? "portfolio.folderDenied" : null;
                problems.add(new PortfolioEntry(file, relative(root, file), null,
                        key != null ? Messages.get(key) : reason(e)));
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private PortfolioEntry summarise(Path root, Path file, LocalDate today, ConcurrentMap<JsonNode, Catalog> catalogs) {
        String rel = relative(root, file);
        try {
            AssessmentSummary s = AssessmentSummary.of(reader.readForSummary(SafeFiles.readBounded(file), catalogs),
                    today);
            return new PortfolioEntry(file, rel, s, null);
        } catch (InvalidFileException e) {
            return new PortfolioEntry(file, rel, null, e.problems().get(0).describe());
        } catch (IOException e) {
            return new PortfolioEntry(file, rel, null, reason(e));
        } catch (RuntimeException | StackOverflowError e) {
            return new PortfolioEntry(file, rel, null, Messages.get("portfolio.unreadable", e.getClass().getSimpleName()));
        }
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.get("io.notFound");
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("io.accessDenied");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
