package org.activitylead.descriptor;

import static org.activitylead.testing.PluginDescriptor.applications;
import static org.activitylead.testing.PluginDescriptor.children;
import static org.activitylead.testing.PluginDescriptor.descendants;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.activitylead.confluence.ActivityLeadMacro;
import org.activitylead.core.panel.Parameter;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.record.RecordJson;
import org.activitylead.core.record.SearchField;
import org.activitylead.core.panel.Status;
import org.activitylead.testing.I18nBundle;
import org.activitylead.testing.OwnershipBuilder;
import org.activitylead.testing.PersonBuilder;
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
    private static final String DRI_AUTOCOMPLETE_JS = "js/activity-lead-dri-autocomplete.js";
    private static final String MACRO_ICON_PREFIX = "/download/resources/" + PLUGIN_KEY + "/";
    /** Confluence's MacroParameterType names (its javadoc, com.atlassian.confluence.macro.browser.beans.MacroParameterType): any other type makes the macro browser fail. */
    private static final Set<String> PARAMETER_TYPES = Set.of("string", "boolean", "username", "enum", "int", "spacekey",
            "relativedate", "percentage", "confluence-content", "url", "color", "attachment", "full_attachment", "label",
            "date", "group", "cql");
    /** Allowlist entries read {@code fully.qualified.Class#method(param.Type, ...)}. */
    private static final Pattern ALLOWLIST_ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.$\\[\\], ]*)\\)");

    /** Every class the descriptor names is one of ours. */
    private static final String OUR_PACKAGES = "org.activitylead.";
    /**
     * Confluence's own web-item conditions, which Confluence builds with its own container, never from our context
     * (ConfluenceWebFragmentHelper.loadCondition in the decompiled Confluence 8.7.2 tree, docs/host-contract.md).
     */
    static final String HOST_CONDITIONS = "com.atlassian.confluence.plugin.descriptor.web.conditions.";
    /**
     * The one module whose templates are the host's: the DRI searcher is Jira's own user searcher (DriSearcher), so
     * JQL and the index work as for Jira's user fields and its templates are Jira's (docs/host-contract.md).
     */
    private static final String HOST_TEMPLATE_MODULE = "customfield-searcher";
    /** Where Jira's own field templates live; a host searcher's templates come from Jira, so only from here. */
    private static final String HOST_TEMPLATES = "templates/plugins/";
    /** Descriptor elements whose text, not an attribute, names a class. */
    private static final Set<String> CLASS_ELEMENTS = Set.of("validator-class", "condition-class", "function-class");
    /** Module types only Jira knows; in Confluence they would fail to load. */
    private static final List<String> JIRA_MODULE_TYPES = List.of("customfield-type", "customfield-searcher", "workflow-validator");
    private static final String DRI_FIELD_KEY = "dri";

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
        // UPM shows the Data Center badge only for these two values (Atlassian's Data Center app guidelines).
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
        List<ClassReference> references = classReferences();
        List<String> problems = new ArrayList<>();
        for (ClassReference reference : references) {
            if (isHostCondition(reference.element(), reference.name())) {
                if (load(reference.name()).isEmpty()) {
                    problems.add(reference + " (no such class in the shim)");
                }
            } else if (!reference.name().startsWith(OUR_PACKAGES)) {
                // A host class would be built from our Spring context, which holds only what we import: it cannot
                // be (ModuleConstructionTest), so every named class is ours, subclassing the host's where needed.
                problems.add(reference + " (not ours: the host would build it from our context)");
            } else if (load(reference.name()).isEmpty()) {
                problems.add(reference + " (no such class)");
            }
        }

        assertThat(references).as("class attributes").isNotEmpty();
        assertThat(problems).as("classes that do not exist").isEmpty();
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
            } else if (isHostTemplate(resource)) {
                // Jira's own template for Jira's own searcher: Jira has it, and we must not (see the next test).
                continue;
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
    void thePluginShipsNothingWhereJirasOwnTemplatesLive() {
        // A file of ours there could shadow the template Jira's searcher expects, or pass for one of Jira's.
        assertThat(DESCRIPTOR.file(HOST_TEMPLATES)).as("%s in the plugin", HOST_TEMPLATES).doesNotExist();
        List<String> hostTemplates = descendants(DESCRIPTOR.root(), "resource").stream()
                .filter(PluginDescriptorTest::isHostTemplate)
                .map(resource -> resource.getAttribute("location"))
                .toList();
        assertThat(hostTemplates).allSatisfy(location -> assertThat(DESCRIPTOR.file(location)).doesNotExist());
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
    void jiraModulesLoadOnlyInJira() {
        SoftAssertions softly = new SoftAssertions();
        for (String type : JIRA_MODULE_TYPES) {
            List<Element> modules = DESCRIPTOR.modules(type);
            softly.assertThat(modules).as("%s modules", type).isNotEmpty();
            // Checked by module type, not by class: a module of these types means nothing to Confluence.
            modules.forEach(module -> softly.assertThat(applications(module))
                    .as("applications of %s %s", type, module.getAttribute("key")).containsExactly("jira"));
        }
        softly.assertAll();
    }

    @Test
    void theSearcherServesExactlyThisPluginsDriField() {
        Element searcher = single(DESCRIPTOR.modules("customfield-searcher"), "customfield-searcher");
        Element validType = single(children(searcher, "valid-customfield-type"), "valid-customfield-type");

        // package is the key of the plugin that declares the field type; any other key offers the searcher elsewhere.
        assertThat(validType.getAttribute("package")).isEqualTo(DESCRIPTOR.pluginKey()).isEqualTo(PLUGIN_KEY);
        assertThat(validType.getAttribute("key")).isEqualTo(DRI_FIELD_KEY);
        assertThat(DESCRIPTOR.modules("customfield-type")).extracting(type -> type.getAttribute("key")).contains(DRI_FIELD_KEY);
    }

    @Test
    void theDriFieldTypeIsASingleValueFieldWithEveryTemplateJiraAsksFor() throws ClassNotFoundException {
        Element fieldType = single(DESCRIPTOR.modules("customfield-type").stream()
                .filter(module -> module.getAttribute("key").equals(DRI_FIELD_KEY)).toList(), "customfield-type " + DRI_FIELD_KEY);
        Class<?> type = load(fieldType.getAttribute("class")).orElseThrow();

        assertThat(Class.forName("com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType"))
                .as("the base of %s (Jira's single-value storage)", type.getName()).isAssignableFrom(type);
        assertThat(Modifier.isAbstract(type.getModifiers())).as("%s is abstract", type.getName()).isFalse();
        assertHasVelocityResources(fieldType, "view", "column-view", "edit", "xml");
    }

    @Test
    void theWorkflowValidatorNamesAnOsWorkflowValidatorAndItsScreens() throws ClassNotFoundException {
        Element validator = single(DESCRIPTOR.modules("workflow-validator"), "workflow-validator");
        Element validatorClass = single(children(validator, "validator-class"), "validator-class");
        Optional<Class<?>> implementation = load(validatorClass.getTextContent().strip());
        Optional<Class<?>> factory = load(validator.getAttribute("class"));

        assertThat(implementation).as("validator-class %s", validatorClass.getTextContent().strip()).isPresent();
        assertThat(Class.forName("com.opensymphony.workflow.Validator")).isAssignableFrom(implementation.get());
        assertThat(factory).as("class %s", validator.getAttribute("class")).isPresent();
        assertThat(Class.forName("com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory"))
                .isAssignableFrom(factory.get());
        assertHasVelocityResources(validator, "view", "input-parameters", "edit-parameters");
    }

    @Test
    void panelStylesLoadOnlyOnConfluencePagesThatRenderTheMacro() throws ReflectiveOperationException {
        List<Element> holders = DESCRIPTOR.modules("web-resource").stream()
                .filter(webResource -> children(webResource, "resource").stream()
                        .anyMatch(resource -> resource.getAttribute("location").equals(PANEL_CSS)))
                .toList();
        Element panelResources = single(holders, "web-resource holding " + PANEL_CSS);

        // Any <context> would load the CSS on every page, with or without the macro: the macro requires it itself.
        assertThat(children(panelResources, "context")).extracting(Element::getTextContent)
                .as("contexts of the panel web-resource").isEmpty();
        assertThat(applications(panelResources)).containsExactly("confluence");
        assertThat(webResourceTheMacroRequires()).isEqualTo(PLUGIN_KEY + ":" + panelResources.getAttribute("key"));
    }

    @Test
    void driAutocompleteLoadsOnlyOnJiraPagesThatRenderTheField() throws ReflectiveOperationException {
        List<Element> holders = DESCRIPTOR.modules("web-resource").stream()
                .filter(webResource -> children(webResource, "resource").stream()
                        .anyMatch(resource -> resource.getAttribute("location").equals(DRI_AUTOCOMPLETE_JS)))
                .toList();
        Element autocomplete = single(holders, "web-resource holding " + DRI_AUTOCOMPLETE_JS);

        // No <context>: DriCFType requires the script whenever Jira renders the field, so no other page loads it.
        assertThat(children(autocomplete, "context")).extracting(Element::getTextContent)
                .as("contexts of the DRI autocomplete web-resource").isEmpty();
        assertThat(applications(autocomplete)).containsExactly("jira");
        assertThat(children(autocomplete, "resource")).extracting(resource -> resource.getAttribute("location"))
                .as("resources of the DRI autocomplete web-resource").containsExactly(DRI_AUTOCOMPLETE_JS);
        assertThat(webResourceTheDriFieldRequires()).isEqualTo(PLUGIN_KEY + ":" + autocomplete.getAttribute("key"));
    }

    /** Each web-resource belongs to one product and joins no context: code requires it where it is used, so no other page pays for it. */
    @Test
    void everyWebResourceIsRestrictedToOneProductAndInNoContext() {
        List<Element> webResources = DESCRIPTOR.modules("web-resource");
        assertThat(webResources).as("web-resources").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (Element webResource : webResources) {
            String key = webResource.getAttribute("key");
            softly.assertThat(applications(webResource)).as("applications of web-resource %s", key).hasSize(1);
            softly.assertThat(children(webResource, "context")).as("contexts of web-resource %s", key).isEmpty();
        }
        softly.assertAll();
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

    /** What CQL can search is exactly what the core writes: one alias per SearchField, on its JSON path and type. */
    @Test
    void theIndexSchemaExtractsExactlyTheRecordsSearchFieldsUnderItsPropertyKey() {
        List<Element> schemas = DESCRIPTOR.modules("content-property-index-schema");

        assertThat(schemas).singleElement().satisfies(schema -> {
            assertThat(applications(schema)).containsExactly("confluence");
            List<Element> keys = children(schema, "key");
            assertThat(keys).singleElement().satisfies(key -> {
                assertThat(key.getAttribute("property-key")).isEqualTo(RecordJson.PROPERTY_KEY);
                assertThat(children(key, "extract")).extracting(extract -> extract.getAttribute("alias") + " " + extract.getAttribute("path")
                        + " " + extract.getAttribute("type")).containsExactlyElementsOf(Arrays.stream(SearchField.values())
                        .map(field -> field.alias() + " " + field.path() + " " + field.type().name().toLowerCase(Locale.ROOT)).toList());
            });
        });
    }

    @Test
    void everyExtractedPathIsOneTheRecordWrites() {
        String json = RecordJson.write(OwnershipRecord.of(OwnershipBuilder.anActivity().ledBy(PersonBuilder.aPerson("alice"))
                .pm(PersonBuilder.aPerson("paul")).owner(PersonBuilder.aPerson("olga")).reviewBy(LocalDate.of(2026, 1, 1))
                .build()));

        assertThat(Arrays.stream(SearchField.values())).allSatisfy(field -> assertThat(json).contains("\"" + field.path() + "\":"));
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

    /** A class the descriptor names: in an attribute {@code class}, or as the text of an element such as validator-class. */
    private record ClassReference(Element module, Element element, String name) {
        @Override
        public String toString() {
            String where = element == module ? "class of " : "<" + element.getTagName() + "> of ";
            return name + " (" + where + module.getTagName() + " " + module.getAttribute("key") + ")";
        }
    }

    /** A web-item's condition of Confluence's own conditions package. */
    static boolean isHostCondition(Element element, String className) {
        return element.getTagName().equals("condition") && className.startsWith(HOST_CONDITIONS)
                && moduleOf(element).getTagName().equals("web-item");
    }

    private static List<ClassReference> classReferences() {
        List<ClassReference> references = new ArrayList<>();
        for (Element element : descendants(DESCRIPTOR.root(), "*")) {
            if (element.hasAttribute("class")) {
                references.add(new ClassReference(moduleOf(element), element, element.getAttribute("class")));
            }
            if (CLASS_ELEMENTS.contains(element.getTagName())) {
                references.add(new ClassReference(moduleOf(element), element, element.getTextContent().strip()));
            }
        }
        return references;
    }

    /** A velocity resource of a searcher, below the folder of Jira's own field templates. */
    private static boolean isHostTemplate(Element resource) {
        Element module = moduleOf(resource);
        return module.getTagName().equals(HOST_TEMPLATE_MODULE)
                && resource.getAttribute("type").equals("velocity")
                && resource.getAttribute("location").startsWith(HOST_TEMPLATES)
                && !resource.getAttribute("location").contains("..");
    }

    /** The top-level module element an element belongs to (itself for a module). */
    private static Element moduleOf(Element element) {
        Element module = element;
        while (module.getParentNode() instanceof Element parent && parent != DESCRIPTOR.root()) {
            module = parent;
        }
        return module;
    }

    /** The module's velocity resources have exactly these names, each once, and each is a file of the plugin. */
    private static void assertHasVelocityResources(Element module, String... names) {
        List<Element> velocity = children(module, "resource").stream()
                .filter(resource -> resource.getAttribute("type").equals("velocity"))
                .toList();
        assertThat(velocity).extracting(resource -> resource.getAttribute("name"))
                .as("velocity resources of %s %s", module.getTagName(), module.getAttribute("key"))
                .containsExactlyInAnyOrder(names);
        assertThat(velocity).allSatisfy(resource -> assertThat(DESCRIPTOR.file(resource.getAttribute("location")))
                .as("%s of %s", resource.getAttribute("name"), module.getAttribute("key")).isRegularFile());
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

    /** The web-resource key DriCFType requires; package-private there, so read reflectively. */
    private static String webResourceTheDriFieldRequires() throws ReflectiveOperationException {
        Field field = Class.forName("org.activitylead.jira.DriCFType").getDeclaredField("WEB_RESOURCE");
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

    /**
     * The recording screen's actions that change anything take only a POST carrying Confluence's anti-forgery token,
     * under /admin (the secure administrator session), from a class that asks for it too and checks the user itself;
     * a refused token renders the screen (input), and only the screen itself may be read with a GET.
     */
    @Test
    void theAdminScreensChangeNothingWithoutAPostAndTheHostsToken() throws Exception {
        Element struts = single(DESCRIPTOR.modules("struts").stream().filter(module -> module.getAttribute("key").equals("activity-lead-admin"))
                .toList(), "struts");
        Element pkg = single(children(struts, "package"), "package");
        assertThat(pkg.getAttribute("namespace")).startsWith("/admin/");
        assertThat(single(children(pkg, "default-interceptor-ref"), "default-interceptor-ref").getAttribute("name")).isEqualTo("validatingStack");
        List<Element> actions = children(pkg, "action");
        // Health; recording, start, stop; reassign, dry run, start, stop, resume.
        assertThat(actions).hasSize(9);
        for (Element action : actions) {
            Map<String, String> params = new LinkedHashMap<>();
            children(action, "param").forEach(param -> params.put(param.getAttribute("name"), param.getTextContent().strip()));
            Set<String> results = children(action, "result").stream().map(result -> result.getAttribute("name")).collect(Collectors.toSet());
            Class<?> type = Class.forName(action.getAttribute("class"));
            assertThat(type.getAnnotation(com.atlassian.sal.api.websudo.WebSudoRequired.class)).as("%s asks for WebSudo", type).isNotNull();
            assertThat(type.getMethod("isPermitted").getDeclaringClass()).as("%s checks the user itself", type)
                    .isNotEqualTo(com.atlassian.confluence.core.ConfluenceActionSupport.class);
            String method = action.getAttribute("method");
            if (method.isEmpty()) {
                assertThat(params).as("the screen, read with a GET").isEmpty();
                continue;
            }
            assertThat(type.getMethod(method).getReturnType()).isEqualTo(String.class);
            assertThat(params).as(action.getAttribute("name")).containsEntry("RequireSecurityToken", "true").containsEntry("permittedMethods", "POST");
            assertThat(results).as(action.getAttribute("name")).contains("success", "input");
        }
    }

    /**
     * The space tools' screens, outside /admin (no secure administrator session, as for Confluence's own space tools):
     * the health and reassignment screens are read with a GET; every other action changes something, so Confluence
     * checks its anti-forgery token and refuses anything but POST; each class checks the user itself. The only Struts
     * modules are the two.
     */
    @Test
    void theSpaceToolsScreensReadWithAGetAndChangeOnlyWithAPostCarryingTheToken() throws Exception {
        assertThat(DESCRIPTOR.modules("struts")).extracting(module -> module.getAttribute("key"))
                .containsExactlyInAnyOrder("activity-lead-admin", "activity-lead-space");
        Element struts = single(DESCRIPTOR.modules("struts").stream().filter(module -> module.getAttribute("key").equals("activity-lead-space"))
                .toList(), "struts");
        assertThat(struts.getAttribute("application")).isEqualTo("confluence");
        Element pkg = single(children(struts, "package"), "package");
        assertThat(pkg.getAttribute("namespace")).isEqualTo("/plugins/activity-lead");
        List<Element> actions = children(pkg, "action");
        assertThat(actions).extracting(action -> action.getAttribute("name")).containsExactly("space-health", "space-reassign",
                "space-dry-run-reassign", "space-start-reassign", "space-stop-reassign", "space-resume-reassign");
        for (Element action : actions) {
            boolean reads = action.getAttribute("method").isEmpty();
            Map<String, String> params = children(action, "param").stream()
                    .collect(java.util.stream.Collectors.toMap(param -> param.getAttribute("name"), param -> param.getTextContent().strip()));
            assertThat(params).as(action.getAttribute("name"))
                    .isEqualTo(reads ? Map.of() : Map.of("RequireSecurityToken", "true", "permittedMethods", "POST"));
            Class<?> type = Class.forName(action.getAttribute("class"));
            assertThat(type.getMethod("isPermitted").getDeclaringClass()).isEqualTo(type);
            assertThat(type.getMethod("execute").getDeclaringClass()).isEqualTo(type);
        }
    }

    /** The space tools' item: under Apps, for the space's administrators only, linking to the screen with the space's key. */
    @Test
    void theSpaceToolsItemIsShownOnlyToTheSpacesAdministrators() {
        Element item = single(DESCRIPTOR.modules("web-item").stream().filter(module -> module.getAttribute("key").equals("activity-lead-space-health"))
                .toList(), "web-item");
        assertThat(item.getAttribute("application")).isEqualTo("confluence");
        assertThat(item.getAttribute("section")).isEqualTo("system.space.tools/addons");
        assertThat(single(children(item, "link"), "link").getTextContent().strip())
                .isEqualTo("/plugins/activity-lead/space-health.action?key=$generalUtil.urlEncode($helper.spaceKey)");
        Element condition = single(children(item, "condition"), "condition");
        assertThat(condition.getAttribute("class")).isEqualTo(HOST_CONDITIONS + "SpacePermissionCondition");
        assertThat(condition.getAttribute("invert")).isEmpty();
        Element param = single(children(condition, "param"), "param");
        assertThat(param.getAttribute("name")).isEqualTo("permission");
        assertThat(param.getTextContent().strip()).isEqualTo("administer");
    }

    private static Element single(List<Element> elements, String what) {
        assertThat(elements).as(what).hasSize(1);
        return elements.get(0);
    }
}
