package org.demarc.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The program's classes (no tests) as ArchUnit sees them, imported once per test JVM: the import is the slow part. */
final class ProgramClasses {
    private static JavaClasses classes;

    private ProgramClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.demarc");
        }
        return classes;
    }
}
