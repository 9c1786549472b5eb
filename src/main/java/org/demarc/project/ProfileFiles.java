package org.demarc.project;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.demarc.io.FieldReader;
import org.demarc.io.InvalidFileException;
import org.demarc.io.LogoImage;
import org.demarc.io.ProblemList;
import org.demarc.io.SafeFiles;
import org.demarc.io.SafeJson;
import org.demarc.model.ReportProfile;

/**
 * The files a report profile comes from: a logo image, and a JSON profile such as
 * {@code {"organisation": "Contoso Advisory", "classification": "RESTRICTED — Northwind",
 * "footer": "…", "accent": "#0B6E4F", "logo": "contoso.png"}} (every member optional; the logo's
 * path is relative to the profile's folder). Every problem is refused with where it is.
 */
public final class ProfileFiles {
    private ProfileFiles() {
    }

    /** A logo's bytes, once {@link LogoImage} accepts them. */
    public static byte[] readLogo(Path file) throws IOException, InvalidFileException {
        byte[] bytes = SafeFiles.readBounded(file);
        var problem = LogoImage.check(bytes, "");
        if (problem.isPresent()) {
            throw new InvalidFileException(problem.get());
        }
        return bytes;
    }

    /** {@code base} with what the profile file sets; members it leaves out keep their value in {@code base}. */
    public static ReportProfile readProfile(Path file, ReportProfile base) throws IOException, InvalidFileException {
        JsonNode root = SafeJson.parse(SafeFiles.readBounded(file));
        ProblemList problems = new ProblemList();
        FieldReader r = FieldReader.root(root, problems);
        ReportProfile profile = base;
        if (r != null) {
            if (r.has("organisation")) {
                profile = profile.withOrganisation(r.text("organisation"));
            }
            if (r.has("classification")) {
                profile = profile.withClassification(r.text("classification"));
            }
            if (r.has("footer")) {
                profile = profile.withFooter(r.text("footer"));
            }
            String accent = r.text("accent");
            if (!accent.isEmpty() && !accent.matches("#[0-9a-fA-F]{6}")) {
                problems.error(r.at("accent"), "profile.badAccent", accent);
            } else if (!accent.isEmpty()) {
                profile = profile.withAccent(accent);
            }
            String logo = r.text("logo");
            if (!logo.isEmpty()) {
                Path logoFile = file.toAbsolutePath().getParent().resolve(logo);
                try {
                    profile = profile.withLogo(readLogo(logoFile));
                } catch (InvalidFileException e) {
                    e.problems().forEach(p -> problems.error(r.at("logo"), "profile.logoAt", logoFile, p.text()));
                } catch (IOException e) {
                    problems.error(r.at("logo"), "profile.logoAt", logoFile, String.valueOf(e.getMessage()));
                }
            }
            r.finish();
        }
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        return profile;
    }
}
