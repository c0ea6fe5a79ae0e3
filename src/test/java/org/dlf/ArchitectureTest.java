package org.dlf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of STYLE.md, held by the build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dlf");

    @Test
    void the_engine_depends_on_nothing_but_the_jdk() {
        classes()
                .that()
                .resideInAPackage("org.dlf.engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.dlf.engine..", "java..")
                .check(CLASSES);
    }

    @Test
    void content_has_no_vaadin() {
        noClasses()
                .that()
                .resideInAPackage("org.dlf.content..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void only_the_charts_package_touches_the_chart_library() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.dlf.charts..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("software.xdev.chartjs..")
                .check(CLASSES);
    }

    @Test
    void nothing_outside_ui_packages_depends_on_ui_packages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.dlf..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dlf..ui..")
                .check(CLASSES);
    }

    @Test
    void widget_models_have_no_vaadin_components() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Model")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin.flow.component..")
                .check(CLASSES);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.dlf.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
