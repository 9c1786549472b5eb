package org.demarc.project.bundle;

/** Which entry names a bundle may hold: relative, forward slashes, no way out of the folder it is unpacked into. */
final class BundleNames {
    private static final int MAX_NAME = 1024;

    private BundleNames() {
    }

    /** The message key of what is wrong with the name; null when it is safe. */
    static String problem(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return "bundle.badName";
        }
        if (name.startsWith("/") || name.startsWith("\\") || (name.length() > 1 && name.charAt(1) == ':')) {
            return "bundle.absolute";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' || c == ':' || Character.isISOControl(c)) {
                return "bundle.badName";
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "bundle.traversal";
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return "bundle.badName";
            }
        }
        return null;
    }
}
