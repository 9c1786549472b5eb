package org.demarc.report.sections;

/** One part of the report; sections are drawn in order onto the shared flow of pages. */
public interface Section {
    void render(ReportContext ctx);
}
