package org.demarc.model;

import java.util.Base64;
import java.util.Objects;

/**
 * How a project's reports are branded and marked: the organisation that issues them, a
 * classification marking printed on every page ("RESTRICTED — Northwind"), a footer text, an accent
 * colour ({@code #RRGGBB}) and a logo (PNG or JPEG bytes, Base64, as the project file stores them).
 * Every part is optional; {@link #NONE} is Demarc's own look. Not part of the content fingerprint:
 * rebranding a report does not void its sign-off.
 */
public record ReportProfile(String organisation, String classification, String footer, String accent, String logo) {
    public static final ReportProfile NONE = new ReportProfile("", "", "", "", "");

    public ReportProfile {
        organisation = Objects.requireNonNullElse(organisation, "").strip();
        classification = Objects.requireNonNullElse(classification, "").strip();
        footer = Objects.requireNonNullElse(footer, "").strip();
        accent = Objects.requireNonNullElse(accent, "").strip();
        logo = Objects.requireNonNullElse(logo, "");
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean hasLogo() {
        return !logo.isEmpty();
    }

    /** The logo's bytes; empty when there is none. */
    public byte[] logoBytes() {
        return Base64.getDecoder().decode(logo);
    }

    public ReportProfile withOrganisation(String v) {
        return new ReportProfile(v, classification, footer, accent, logo);
    }

    public ReportProfile withClassification(String v) {
        return new ReportProfile(organisation, v, footer, accent, logo);
    }

    public ReportProfile withFooter(String v) {
        return new ReportProfile(organisation, classification, v, accent, logo);
    }

    public ReportProfile withAccent(String v) {
        return new ReportProfile(organisation, classification, footer, v, logo);
    }

    /** With the logo's bytes (already checked, see {@code org.demarc.io.LogoImage}); empty bytes: no logo. */
    public ReportProfile withLogo(byte[] bytes) {
        return new ReportProfile(organisation, classification, footer, accent,
                bytes.length == 0 ? "" : Base64.getEncoder().encodeToString(bytes));
    }

    /** The accent as a colour value 0xRRGGBB, or -1 when the profile names none (or a malformed one). */
    public int accentRgb() {
        return accent.matches("#[0-9a-fA-F]{6}") ? Integer.parseInt(accent.substring(1), 16) : -1;
    }
}
