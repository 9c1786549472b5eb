package org.demarc.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer arrows of the design, held as tests. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ProgramClasses.get();
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("launcher").definedBy("org.demarc")
                .layer("ui").definedBy("org.demarc.ui..")
                .layer("cli").definedBy("org.demarc.cli..")
                .layer("report").definedBy("org.demarc.report..")
                .layer("interop").definedBy("org.demarc.interop..")
                .layer("project").definedBy("org.demarc.project..")
                .layer("assessment").definedBy("org.demarc.assessment..")
                .layer("catalog").definedBy("org.demarc.catalog..")
                .layer("io").definedBy("org.demarc.io..")
                .layer("model").definedBy("org.demarc.model..")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("report").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("interop").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("project").mayOnlyBeAccessedByLayers("ui", "cli", "report", "interop")
                .whereLayer("assessment").mayOnlyBeAccessedByLayers("ui", "cli", "report", "interop", "project")
                .whereLayer("catalog")
                .mayOnlyBeAccessedByLayers("ui", "cli", "report", "interop", "project", "assessment")
                .whereLayer("io")
                .mayOnlyBeAccessedByLayers("ui", "cli", "report", "interop", "project", "assessment", "catalog")
                .withOptionalLayers(true)
                .because("DESIGN.md: ui and cli are two front doors onto the same services below them; "
                        + "assessment operations touch no file format, io is the plumbing for untrusted files")
                .check(classes);
    }

    @Test
    void theIoLayerKnowsNoDomainButTheModel() {
        noClasses().that().resideInAPackage("org.demarc.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.demarc.catalog..", "org.demarc.project..",
                        "org.demarc.assessment..", "org.demarc.report..", "org.demarc.interop..")
                .because("reading untrusted files and writing atomically is plumbing every layer shares")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.demarc.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp..")
                .because("the command line and the services must run without a display or a toolkit")
                .check(classes);
    }

    @Test
    void theModelDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("org.demarc.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.demarc.model..")
                .because("the domain model is plain Java that every layer can use")
                .check(classes);
    }

    @Test
    void stepViewsDoNotReadTheSession() {
        noClasses().that(resideInAPackage("org.demarc.ui.wizard.*")
                        .and(simpleNameEndingWith("View").or(simpleNameEndingWith("Editor"))))
                .should().dependOnClassesThat().haveFullyQualifiedName("org.demarc.ui.session.AssessmentSession")
                .because("a step's view binds to its ViewModel, which alone reads and edits the session "
                        + "(one pattern for every step), so the state behind a view can be tested without a window")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.demarc.(**)").should().beFreeOfCycles()
                .because("cycles make layers impossible to understand or test apart")
                .check(classes);
    }
}
