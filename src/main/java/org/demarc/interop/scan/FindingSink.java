package org.demarc.interop.scan;

/** Takes each finding as it is read, so no reader holds more than the one finding it is on. */
@FunctionalInterface
public interface FindingSink {
    void accept(ScanFinding finding);
}
