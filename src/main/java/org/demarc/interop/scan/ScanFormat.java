package org.demarc.interop.scan;

import java.nio.charset.StandardCharsets;

/** The scanner formats Demarc reads, told apart by the file's first bytes rather than its name. */
public enum ScanFormat {
    PROWLER_CSV("Prowler CSV"),
    OCSF_JSON("OCSF Detection Finding JSON"),
    ASFF_JSON("AWS Security Finding Format JSON");

    private final String title;

    ScanFormat(String title) {
        this.title = title;
    }

    /** The format's published name, not translated. */
    public String title() {
        return title;
    }

    /**
     * The format of a file from its start: a JSON list is OCSF (Prowler and Security Lake write a
     * list of findings), a JSON object is ASFF ({"Findings": [...]}), a header line naming
     * CHECK_ID and STATUS is Prowler's CSV. Null when it is none of them.
     */
    static ScanFormat detect(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i >= length) {
            return null;
        }
        if (head[i] == '[') {
            return OCSF_JSON;
        }
        if (head[i] == '{') {
            return ASFF_JSON;
        }
        String text = new String(head, i, length - i, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String header = nl < 0 ? text : text.substring(0, nl);
        return header.contains(";") && header.contains("CHECK_ID") && header.contains("STATUS") ? PROWLER_CSV : null;
    }
}
