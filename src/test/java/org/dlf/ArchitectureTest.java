package org.dlf;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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
        // the chapters feature is all UI (a chapter package holds only widgets and their models)
        noClasses()
                .that()
                .resideOutsideOfPackages("org.dlf..ui..", "org.dlf.chapters..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.dlf..ui..", "org.dlf.chapters..")
                .check(CLASSES);
    }

    @Test
    void chapters_never_import_each_other() {
        // what two chapters share lives in chapters.stepper, chapters.share or the chapters package itself
        slices().matching("org.dlf.chapters.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(
                        resideInAPackage("org.dlf.chapters.."), resideInAPackage("org.dlf.chapters.stepper.."))
                .ignoreDependency(resideInAPackage("org.dlf.chapters.."), resideInAPackage("org.dlf.chapters.share.."))
                .check(CLASSES);
    }

    @Test
    void components_do_not_know_the_shell() {
        noClasses()
                .that()
                .resideInAPackage("org.dlf.base.ui.component..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dlf.base.ui.view..")
                .check(CLASSES);
    }

    @Test
    void class_names_are_unique() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (var c : CLASSES) {
            if (!c.isNestedClass()
                    && !c.isAnonymousClass()
                    && !c.getSimpleName().equals("package-info")) {
                byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>())
                        .add(c.getName());
            }
        }
        byName.values().removeIf(names -> names.size() < 2);
        assertThat(byName).as("classes of the same name").isEmpty();
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

    /**
     * Setting {@code innerHTML} deletes an element's Flow children in the browser, and a hand-built string is
     * escaped only by discipline: markup goes through {@code InnerHtml} (which refuses such elements) or
     * {@code SvgView}, both taking a {@code Markup}. ArchUnit does not see the property name (a string
     * argument), so this reads the sources, comments left out.
     */
    @Test
    void only_inner_html_sets_inner_html() throws IOException {
        Path main = Path.of("src/main/java");
        Map<String, String> offenders = new TreeMap<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = main.relativize(file).toString().replace('\\', '/');
                String code = withoutComments(Files.readString(file));
                if (!name.equals("org/dlf/base/ui/component/InnerHtml.java")
                        && (code.contains("innerHTML") || code.contains("outerHTML"))) {
                    offenders.put(name, "innerHTML");
                }
                // the radio and checkbox groups' labels go in beside Flow's children, never over them
                if (!name.equals("org/dlf/base/ui/component/ChoiceMarkup.java") && code.contains("AdjacentHTML")) {
                    offenders.put(name, "insertAdjacentHTML");
                }
            }
        }
        assertThat(offenders).as("sources that write markup past InnerHtml").isEmpty();
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }
}
