package org.demarc.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a file may be written where the user asked, before any work is done. Both front doors
 * apply it, so no command and no save dialog can destroy what it reads: an output that is one of
 * the inputs (after resolving links, hard links included), a link, a pipe, a device or a folder,
 * an existing file of another kind (unless forced), or a name with the wrong extension is refused.
 */
public final class OutputRule {
    private static final int SNIFF_BYTES = 512;

    /** What a command writes: the extensions it accepts and how an existing file of that kind starts. */
    public enum Kind {
        PDF(List.of(".pdf"), head -> head.startsWith("%PDF-")),
        PROJECT(List.of(".demarc", ".json"), head -> head.contains("\"demarc-assessment\"")),
        XLSX(List.of(".xlsx"), Kind::zip, "xl/workbook.xml"),
        DOCX(List.of(".docx"), Kind::zip, "word/document.xml"),
        CSV(List.of(".csv"), head -> true),
        JSON(List.of(".json"), head -> true),
        TEXT(List.of(".txt"), head -> true),
        /** A document of an OSCAL set: its root member names the model. */
        OSCAL(List.of(".json"), head -> OscalHead.ROOT.matcher(head).lookingAt()),
        PNG(List.of(".png"), head -> head.startsWith("\u0089PNG"));

        private final List<String> extensions;
        private final Predicate<String> signature;
        /** For an Office file, the part only its kind has: a workbook, a bundle or any zip also starts "PK". */
        private final String officePart;

        Kind(List<String> extensions, Predicate<String> signature) {
            this(extensions, signature, null);
        }

        Kind(List<String> extensions, Predicate<String> signature, String officePart) {
            this.extensions = extensions;
            this.signature = signature;
            this.officePart = officePart;
        }

        public List<String> extensions() {
            return extensions;
        }

        boolean matches(String head) {
            return signature.test(head);
        }

        /** Whether the existing {@code file} is of this kind (its head given): for Office files, by their parts. */
        boolean holds(Path file, String head) {
            if (!matches(head) || officePart == null) {
                return matches(head);
            }
            // The central directory only: no entry is inflated.
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                return zip.getEntry(officePart) != null;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        private static boolean zip(String head) {
            return head.startsWith("PK\u0003\u0004");
        }
    }

    /** Outside the enum: its constants may not read its own static fields. */
    private static final class OscalHead {
        static final Pattern ROOT = Pattern.compile("\\s*\\{\\s*\"(system-security-plan|assessment-plan|"
                + "assessment-results|plan-of-action-and-milestones|profile|catalog|component-definition)\"");
    }

    /** A refusal of one of the files a command writes into a folder. */
    public record FolderRefusal(Path file, Refusal refusal) {
    }

    /** Why an output was refused: a message key with its arguments; {@code usage} when the name itself is wrong. */
    public record Refusal(String key, List<Object> args, boolean usage) {
        public String text() {
            return org.demarc.model.Messages.get(key, args.toArray());
        }
    }

    private OutputRule() {
    }

    /**
     * The reason {@code output} must not be written, or empty. {@code replaceAllowed}: the caller
     * replaces an existing file of its own kind (an export over last week's PDF); otherwise any
     * existing file is refused. {@code force} lets it replace a file of another kind too.
     */
    public static Optional<Refusal> check(Path output, Kind kind, Collection<Path> inputs, boolean replaceAllowed,
            boolean force) {
        Objects.requireNonNull(output, "output");
        String name = String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
        if (kind.extensions().stream().noneMatch(name::endsWith)) {
            return refuse("output.extension", true, String.join(", ", kind.extensions()));
        }
        for (Path input : inputs) {
            if (input != null && same(output, input)) {
                return refuse("output.isInput", true, input);
            }
        }
        if (Files.isSymbolicLink(output)) {
            return refuse("output.link", false, linkTarget(output));
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
            return refuse("output.notRegular", false);
        }
        if (!replaceAllowed) {
            return refuse("io.alreadyExists", false);
        }
        if (!force && !kind.holds(output, head(output))) {
            return refuse("output.otherKind", false);
        }
        return Optional.empty();
    }

    /**
     * For a command that writes a set of named files into a folder, replacing an earlier set: the
     * first of them that must not be written, by the same rule as {@link #check} (each file may
     * replace one of its kind; {@code force}, one of another kind; never an input, a link or a pipe).
     */
    public static Optional<FolderRefusal> checkInFolder(Path dir, Collection<String> names, Kind kind,
            Collection<Path> inputs, boolean force) {
        for (String name : names) {
            Path file = dir.resolve(name);
            Optional<Refusal> r = check(file, kind, inputs, true, force);
            if (r.isPresent()) {
                return Optional.of(new FolderRefusal(file, r.get()));
            }
        }
        return Optional.empty();
    }

    /** True when both name the same file, once links are resolved (or would, for a file not yet there). */
    public static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String linkTarget(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException e) {
            return "?";
        }
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<Refusal> refuse(String key, boolean usage, Object... args) {
        return Optional.of(new Refusal(key, List.of(args), usage));
    }
}
