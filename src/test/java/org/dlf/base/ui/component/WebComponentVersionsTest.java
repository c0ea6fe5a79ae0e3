package org.dlf.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one-node fields (DD007, DD008) name Vaadin's web components with their own {@code @NpmPackage}: the
 * versions must be the ones Flow's own components of this platform ask for, or an upgrade of Vaadin would
 * leave two versions of a web component in the bundle.
 */
class WebComponentVersionsTest {

    private static final List<Class<?>> OURS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dlf").stream()
                    .filter(c -> c.isAnnotatedWith(NpmPackage.class) || c.isAnnotatedWith(NpmPackage.Container.class))
                    .map(JavaClass::reflect)
                    .toList();

    @Test
    void our_vaadin_web_components_have_the_versions_flow_uses() {
        Map<String, String> flow = flowVersions();
        List<String> checked = new ArrayList<>();
        for (Class<?> c : OURS) {
            for (NpmPackage npm : c.getAnnotationsByType(NpmPackage.class)) {
                if (npm.value().startsWith("@vaadin/")) {
                    assertThat(flow)
                            .as("Flow's version of %s (asked for by %s)", npm.value(), c.getSimpleName())
                            .containsEntry(npm.value(), npm.version());
                    checked.add(npm.value());
                }
            }
        }
        assertThat(checked).contains("@vaadin/select", "@vaadin/integer-field", "@vaadin/number-field");
    }

    @Test
    void no_module_of_flow_components_is_imported() {
        // Flow's connectors (e.g. selectConnector.js) belong to its Java components, not to ours: every module
        // of our own ("./…") is a file of our frontend folder
        for (Class<?> c : OURS) {
            for (JsModule module : c.getAnnotationsByType(JsModule.class)) {
                if (module.value().startsWith("./")) {
                    assertThat(Path.of("frontend").resolve(module.value()))
                            .as("%s imports %s", c.getSimpleName(), module.value())
                            .isRegularFile();
                }
            }
        }
    }

    /**
     * The version Flow's own Java component of each web component asks for. A new {@code @vaadin/*} package in
     * our code needs its Flow twin here.
     */
    private static Map<String, String> flowVersions() {
        Map<String, String> versions = new HashMap<>();
        for (Class<?> twin : List.of(
                Select.class,
                IntegerField.class,
                NumberField.class,
                RadioButtonGroup.class,
                CheckboxGroup.class,
                Checkbox.class)) {
            for (NpmPackage npm : twin.getAnnotationsByType(NpmPackage.class)) {
                versions.put(npm.value(), npm.version());
            }
        }
        return versions;
    }
}
