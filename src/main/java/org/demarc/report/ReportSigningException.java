package org.demarc.report;

/** A report could not be signed: the key store, the alias, the password or the PDF is not usable. */
public final class ReportSigningException extends Exception {
    public ReportSigningException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReportSigningException(String message) {
        super(message);
    }
}
