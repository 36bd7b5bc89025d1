package org.activitylead.descriptor;

import static org.activitylead.testing.PluginDescriptor.applications;
import static org.activitylead.testing.PluginDescriptor.children;
import static org.activitylead.testing.PluginDescriptor.descendants;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.activitylead.confluence.ActivityLeadMacro;
import org.activitylead.core.Parameter;
import org.activitylead.core.Status;
import org.activitylead.testing.I18nBundle;
import org.activitylead.testing.PluginDescriptor;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The packaged descriptor is what the host reads at install time; a wrong class, path, key or restriction there
 * only shows up on a live instance, so it is checked here against the compiled classes and resources.
 */
class PluginDescriptorTest {

    private static final String PLUGIN_KEY = "org.activitylead.activity-lead";
    private static final String PANEL_CSS = "css/activity-lead-panel.css";
    private static final String MACRO_ICON_PREFIX = "/download/resources/" + PLUGIN_KEY + "/";
    /** Confluence's MacroParameterType names (atlassian-api.md 6.1): any other type makes the macro browser fail. */
    private static final Set<String> PARAMETER_TYPES = Set.of("string", "boolean", "username", "enum", "int", "spacekey",
            "relativedate", "percentage", "confluence-content", "url", "color", "attachment", "full_attachment", "label",
            "date", "group", "cql");
    /** Allowlist entries read {@code fully.qualified.Class#method(param.Type, ...)}. */
    private static final Pattern ALLOWLIST_ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.$\\[\\], ]*)\\)");

    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.load();

    @Test
    void carriesThePluginKeyWithEveryPlaceholderFilled() {
        assertThat(DESCRIPTOR.pluginKey()).isEqualTo(PLUGIN_KEY);
        assertThat(DESCRIPTOR.text()).as("Maven filtering left a placeholder").doesNotContain("${");
    }

    @Test
    void pluginInfoNamesVersionVendorAndDataCenterCompatibility() {
        Element info = single(children(DESCRIPTOR.root(), "plugin-info"), "plugin-info");
        Element vendor = single(children(info, "vendor"), "vendor");
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(text(info, "version")).as("version").isNotBlank();
        softly.assertThat(text(info, "description")).as("description").isNotBlank();
        softly.assertThat(vendor.getAttribute("name")).as("vendor name").isNotBlank();
        softly.assertThat(vendor.getAttribute("url")).as("vendor url").isNotBlank();
        // UPM shows the Data Center badge only for these two values (atlassian-api.md 6.7).
        softly.assertThat(pluginInfoParams(info))
                .containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
        softly.assertAll();
    }

    @Test
    void pluginIconAndLogoAreImagesInThePlugin() {
        Map<String, String> params = pluginInfoParams(single(children(DESCRIPTOR.root(), "plugin-info"), "plugin-info"));
        SoftAssertions softly = new SoftAssertions();
        for (String param : List.of("plugin-icon", "plugin-logo")) {
            softly.assertThat(params).as("plugin-info params").containsKey(param);
            softly.assertThat(isImage(params.get(param))).as("%s %s is a readable image", param, params.get(param)).isTrue();
        }
        softly.assertAll();
    }

    @Test
    void everyClassTheDescriptorNamesExists() {
        List<String> classNames = descendants(DESCRIPTOR.root(), "*").stream()
                .filter(element -> element.hasAttribute("class"))
                .map(element -> element.getAttribute("class"))
                .toList();

        assertThat(classNames).as("class attributes").isNotEmpty();
        assertThat(classNames.stream().filter(name -> load(name).isEmpty())).as("classes that do not exist").isEmpty();
    }

    @Test
    void everyAllowlistedMethodExistsOnAnExistingClass() {
        List<String> entries = descendants(DESCRIPTOR.root(), "method").stream().map(Element::getTextContent).map(String::strip)
                .toList();
        List<String> broken = new ArrayList<>();
        for (String entry : entries) {
            Matcher matcher = ALLOWLIST_ENTRY.matcher(entry);
            Optional<Class<?>> type = matcher.matches() ? load(matcher.group(1)) : Optional.empty();
            if (type.isEmpty()) {
                broken.add(entry + " (no such class, or not Class#method(...))");
            } else if (!hasPublicMethod(type.get(), matcher.group(2), matcher.group(3))) {
                broken.add(entry + " (no such public method)");
            }
        }

        assertThat(entries).as("velocity-allowlist methods").isNotEmpty();
        assertThat(broken).isEmpty();
    }

    @Test
    void everyResourceLocationExistsInThePlugin() {
        List<Element> resources = descendants(DESCRIPTOR.root(), "resource");
        List<String> missing = new ArrayList<>();
        for (Element resource : resources) {
            String location = resource.getAttribute("location");
            if (resource.getAttribute("type").equals("i18n")) {
                // An i18n location is a base name; the host appends the locale and ".properties".
                I18nBundle.LOCALE_SUFFIXES.stream().map(suffix -> location + suffix + ".properties")
                        .filter(file -> !Files.isRegularFile(DESCRIPTOR.file(file)))
                        .forEach(missing::add);
            } else if (resource.getAttribute("name").endsWith("/")) {
                // A name ending in "/" serves a whole folder.
                if (!Files.isDirectory(DESCRIPTOR.file(location))) {
                    missing.add(location + "/");
                }
            } else if (!Files.isRegularFile(DESCRIPTOR.file(location))) {
                missing.add(location);
            }
        }

        assertThat(resources).as("resources").isNotEmpty();
        assertThat(missing).as("resource locations missing from the plugin").isEmpty();
    }

    @Test
    void macroIconIsAnImageServedByThePluginsOwnDownloadResources() {
        for (Element macro : DESCRIPTOR.modules("xhtml-macro")) {
            String icon = macro.getAttribute("icon");
            assertThat(icon).as("icon of macro %s", macro.getAttribute("key")).startsWith(MACRO_ICON_PREFIX);

            String served = icon.substring(MACRO_ICON_PREFIX.length());
            Optional<String> location = downloadLocation(served);

            assertThat(location).as("a plugin download resource serving %s", served).isPresent();
            assertThat(isImage(location.get())).as("%s is a readable image", location.get()).isTrue();
        }
    }

    @Test
    void everyI18nKeyTheDescriptorNamesIsInEveryBundle() {
        Set<String> keys = new LinkedHashSet<>(DESCRIPTOR.macroBrowserKeys());
        descendants(DESCRIPTOR.root(), "description").stream()
                .filter(description -> description.hasAttribute("key"))
                .forEach(description -> keys.add(description.getAttribute("key")));
        descendants(DESCRIPTOR.root(), "*").stream()
                .filter(element -> element.hasAttribute("i18n-name-key"))
                .forEach(element -> keys.add(element.getAttribute("i18n-name-key")));
        if (DESCRIPTOR.root().hasAttribute("i18n-name-key")) {
            keys.add(DESCRIPTOR.root().getAttribute("i18n-name-key"));
        }

        List<String> missing = I18nBundle.all(DESCRIPTOR).stream()
                .flatMap(bundle -> keys.stream().filter(key -> !bundle.keys().contains(key)).map(key -> bundle + " lacks " + key))
                .toList();

        assertThat(missing).isEmpty();
    }

    @Test
    void macrosLoadOnlyInConfluence() {
        List<Element> macros = DESCRIPTOR.modules("xhtml-macro");

        assertThat(macros).as("xhtml-macro modules").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        macros.forEach(macro -> softly.assertThat(applications(macro)).as("applications of macro %s", macro.getAttribute("key"))
                .containsExactly("confluence"));
        softly.assertAll();
    }

    @Test
    void panelStylesLoadOnlyOnConfluencePagesThatRenderTheMacro() throws ReflectiveOperationException {
        List<Element> holders = DESCRIPTOR.modules("web-resource").stream()
                .filter(webResource -> children(webResource, "resource").stream()
                        .anyMatch(resource -> resource.getAttribute("location").equals(PANEL_CSS)))
                .toList();
        Element panelResources = single(holders, "web-resource holding " + PANEL_CSS);

        // Any <context> would load the CSS on pages without the macro (B9): the macro requires it itself.
        assertThat(children(panelResources, "context")).extracting(Element::getTextContent)
                .as("contexts of the panel web-resource").isEmpty();
        assertThat(applications(panelResources)).containsExactly("confluence");
        assertThat(webResourceTheMacroRequires()).isEqualTo(PLUGIN_KEY + ":" + panelResources.getAttribute("key"));
    }

    @Test
    void noWebResourceJoinsTheSiteWideContext() {
        List<String> contexts = DESCRIPTOR.modules("web-resource").stream()
                .flatMap(webResource -> children(webResource, "context").stream())
                .map(context -> context.getTextContent().strip())
                .toList();

        assertThat(contexts).doesNotContain("atl.general");
    }

    @Test
    void modulesOfAProductAdapterLoadOnlyInThatProduct() {
        Map<String, String> applicationByPackage = Map.of(
                "org.activitylead.confluence.", "confluence",
                "org.activitylead.jira.", "jira");
        SoftAssertions softly = new SoftAssertions();
        int productModules = 0;
        for (Element module : DESCRIPTOR.modules()) {
            Set<String> classNames = new LinkedHashSet<>();
            if (module.hasAttribute("class")) {
                classNames.add(module.getAttribute("class"));
            }
            descendants(module, "*").stream().filter(element -> element.hasAttribute("class"))
                    .forEach(element -> classNames.add(element.getAttribute("class")));
            for (Map.Entry<String, String> product : applicationByPackage.entrySet()) {
                if (classNames.stream().anyMatch(name -> name.startsWith(product.getKey()))) {
                    productModules++;
                    softly.assertThat(applications(module)).as("applications of module %s", module.getAttribute("key"))
                            .containsExactly(product.getValue());
                }
            }
        }
        softly.assertAll();
        assertThat(productModules).as("modules with product classes").isPositive();
    }

    @Test
    void macroParametersAreExactlyTheCoresClosedParameterList() {
        List<String> declared = parameters().stream().map(parameter -> parameter.getAttribute("name")).toList();

        assertThat(declared).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Parameter.values()).map(Parameter::storageName).toList());
    }

    @Test
    void statusValuesAreParsedByTheCoreAndCoverEveryStatus() {
        Element status = parameters().stream()
                .filter(parameter -> parameter.getAttribute("name").equals(Parameter.STATUS.storageName()))
                .findFirst().orElseThrow();
        List<String> values = children(status, "value").stream().map(value -> value.getAttribute("name")).toList();

        assertThat(values.stream().filter(value -> Status.parse(value).isEmpty())).as("values Status.parse rejects").isEmpty();
        List<Status> parsed = values.stream().map(value -> Status.parse(value).orElseThrow()).toList();
        assertThat(parsed).as("statuses offered by the macro browser").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Status.class));
        assertThat(Status.parse(status.getAttribute("default"))).as("default status").contains(Status.DEFAULT);
    }

    @Test
    void everyMacroParameterHasADocumentedType() {
        assertThat(parameters().stream()
                .filter(parameter -> !PARAMETER_TYPES.contains(parameter.getAttribute("type")))
                .map(parameter -> parameter.getAttribute("name") + " has type " + parameter.getAttribute("type")))
                .isEmpty();
    }

    /** The parameters of the Activity Lead macro. */
    private static List<Element> parameters() {
        Element macro = single(DESCRIPTOR.modules("xhtml-macro").stream()
                .filter(module -> module.getAttribute("class").equals(ActivityLeadMacro.class.getName()))
                .toList(), "xhtml-macro of " + ActivityLeadMacro.class.getSimpleName());
        return descendants(macro, "parameter");
    }

    /** The plugin-level download resource serving a path, mapped to its location in the JAR. */
    private static Optional<String> downloadLocation(String served) {
        for (Element resource : children(DESCRIPTOR.root(), "resource")) {
            String name = resource.getAttribute("name");
            String location = resource.getAttribute("location");
            if (!resource.getAttribute("type").equals("download")) {
                continue;
            }
            if (name.equals(served)) {
                return Optional.of(location);
            }
            if (name.endsWith("/") && served.startsWith(name)) {
                return Optional.of(Path.of(location, served.substring(name.length())).toString());
            }
        }
        return Optional.empty();
    }

    /** The web-resource key ActivityLeadMacro requires; kept package-private there, so read reflectively. */
    private static String webResourceTheMacroRequires() throws ReflectiveOperationException {
        Field field = ActivityLeadMacro.class.getDeclaredField("WEB_RESOURCE");
        field.setAccessible(true);
        return (String) field.get(null);
    }

    private static boolean isImage(String location) {
        Path file = DESCRIPTOR.file(location);
        try {
            return Files.isRegularFile(file) && ImageIO.read(file.toFile()) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, String> pluginInfoParams(Element info) {
        return children(info, "param").stream().collect(Collectors.toMap(
                param -> param.getAttribute("name"), param -> param.getTextContent().strip(), (a, b) -> b, LinkedHashMap::new));
    }

    private static boolean hasPublicMethod(Class<?> type, String name, String parameterList) {
        List<String> parameterTypes = parameterList.isBlank()
                ? List.of() : Arrays.stream(parameterList.split(",")).map(String::strip).toList();
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)
                    && Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).toList().equals(parameterTypes)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Class<?>> load(String className) {
        try {
            return Optional.of(Class.forName(className, false, PluginDescriptorTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static String text(Element parent, String tag) {
        return single(children(parent, tag), tag).getTextContent().strip();
    }

    private static Element single(List<Element> elements, String what) {
        assertThat(elements).as(what).hasSize(1);
        return elements.get(0);
    }
}
