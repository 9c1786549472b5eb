package org.demarc.interop.xlsx;

import java.util.Locale;

import org.demarc.model.Messages;

/**
 * Why POI could not read a workbook, in Demarc's words. POI's own messages are for its developers
 * ("please open an issue on bugzilla", record ids such as "[M1.13]", class names) and never reach
 * the user; only the kind of failure is kept.
 */
final class PoiReasons {
    private PoiReasons() {
    }

    static String of(Throwable e) {
        return Messages.get(key(e));
    }

    /** The message key of the reason. */
    static String key(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (name.equals("EncryptedDocumentException") || m.contains("encrypt") || m.contains("password")) {
                return "workbook.reason.encrypted";
            }
            if (name.equals("OLE2NotOfficeXmlFileException") || name.equals("OldExcelFormatException")
                    || m.contains("ole2") || m.contains(".xls ") || m.contains("hssf")) {
                return "workbook.reason.oldFormat";
            }
            if (name.equals("NotOfficeXmlFileException") || name.equals("EmptyFileException")
                    || m.contains("no valid entries") || m.contains("not a valid ooxml") || m.contains("zip header")) {
                return "workbook.reason.notXlsx";
            }
            if (t instanceof java.io.EOFException || name.equals("ZipException") || m.contains("truncated")
                    || m.contains("unexpected end")) {
                return "workbook.reason.truncated";
            }
            if (t instanceof OutOfMemoryError) {
                return "workbook.reason.tooLarge";
            }
        }
        return "workbook.reason.damaged";
    }
}
