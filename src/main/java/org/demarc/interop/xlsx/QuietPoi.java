package org.demarc.interop.xlsx;

/**
 * POI logs through the log4j API, which finds no logging implementation in Demarc and would say so
 * on standard error, in the middle of a command's output. Selecting log4j's simple provider, switched
 * off, keeps the command line's output ours. Called before any POI class is used.
 */
public final class QuietPoi {
    private QuietPoi() {
    }

    public static void init() {
        setIfAbsent("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
