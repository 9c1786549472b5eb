package org.demarc.model;

/** Control frameworks that catalog controls map to; the key is how a file names the framework. */
public enum Framework {
    NIST_800_53_R5("nist-800-53r5", "NIST SP 800-53 Rev. 5"),
    ISO_27001_2022("iso-27001-2022", "ISO/IEC 27001:2022 Annex A"),
    CSA_CCM_V4("csa-ccm-v4", "CSA CCM v4");

    private final String key;
    private final String title;

    Framework(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    /** The framework's published name, which is not translated. */
    public String title() {
        return title;
    }

    public static Framework byKey(String key) {
        for (Framework f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }
}
