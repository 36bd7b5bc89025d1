package org.activitylead.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The core holds the rules and view models in plain Java, one package per feature (panel, dri) over the people they
 * share, so they run and are tested without a host; the adapters stay thin and never lean on each other, so one JAR
 * loads in either product, sharing only the host package, written against the APIs both hosts export. View models are the core's records named ...View.
 */
@AnalyzeClasses(packages = "org.activitylead", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "org.activitylead.core..";
    private static final String CONFLUENCE = "org.activitylead.confluence..";
    private static final String JIRA = "org.activitylead.jira..";
    private static final String PEOPLE = "org.activitylead.core.people..";
    private static final String HOST = "org.activitylead.host..";

    /** An allow-list, so a new library or host API in the core fails here instead of in one product. */
    @ArchTest
    static final ArchRule coreDependsOnlyOnJavaTheEncoderAndItself = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..", "org.owasp.encoder..")
            .because("the core must run in either host, and in plain unit tests, unchanged");

    /** Every package is a slice, so a loop between two features (or a feature and people) fails by name. */
    @ArchTest
    static final ArchRule noPackageLoops = slices().matching("org.activitylead.(**)").should().beFreeOfCycles();

    /** People is what the features share: it knows none of them. */
    @ArchTest
    static final ArchRule peopleKnowsNoFeature = noClasses().that().resideInAPackage(PEOPLE)
            .should().dependOnClassesThat().resideInAnyPackage("org.activitylead.core.panel..", "org.activitylead.core.dri..")
            .because("the panel and the DRI field both build on people, never the other way round");

    @ArchTest
    static final ArchRule coreKnowsNoAdapter = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(CONFLUENCE, JIRA)
            .because("adapters depend on the core, never the other way round");

    @ArchTest
    static final ArchRule confluenceAdapterDoesNotUseTheJiraAdapter = noClasses().that().resideInAPackage(CONFLUENCE)
            .should().dependOnClassesThat().resideInAPackage(JIRA)
            .because("Jira classes do not resolve in Confluence");

    @ArchTest
    static final ArchRule jiraAdapterDoesNotUseTheConfluenceAdapter = noClasses().that().resideInAPackage(JIRA)
            .should().dependOnClassesThat().resideInAPackage(CONFLUENCE)
            .because("Confluence classes do not resolve in Jira");

    @ArchTest
    static final ArchRule confluenceAdapterUsesNoJiraApi = noClasses().that().resideInAPackage(CONFLUENCE)
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "com.atlassian.greenhopper..",
                    "com.opensymphony..")
            .because("Jira's API does not resolve in Confluence (its imports are optional there)");

    @ArchTest
    static final ArchRule jiraAdapterUsesNoConfluenceApi = noClasses().that().resideInAPackage(JIRA)
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.confluence..", "com.atlassian.user..")
            .because("Confluence's API does not resolve in Jira (its imports are optional there)");

    /** What both hosts share (SAL, the scheduler, cluster locks) is written once, and must load in either. */
    @ArchTest
    static final ArchRule sharedHostAdapterUsesNoProductApiNorAdapter = noClasses().that().resideInAPackage(HOST)
            .should().dependOnClassesThat().resideInAnyPackage(CONFLUENCE, JIRA, "com.atlassian.confluence..", "com.atlassian.user..",
                    "com.atlassian.jira..", "com.atlassian.greenhopper..", "com.opensymphony..")
            .because("the shared host adapter is used by both products' adapters, so it may use only what both hosts export");

    @ArchTest
    static final ArchRule coreKnowsNoSharedHostAdapter = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAPackage(HOST)
            .because("the core runs without a host");

    @ArchTest
    static final ArchRule viewModelsAreRecords = classes().that().resideInAPackage(CORE).and().haveSimpleNameEndingWith("View")
            .should().beRecords()
            .because("templates get only immutable view models, and the immutability rules below apply to records");

    /** Records are final with final fields by definition; this catches any other class put in the view package. */
    @ArchTest
    static final ArchRule viewClassesAreFinalWithOnlyFinalFields = classes().that().resideInAPackage(CORE).and().haveSimpleNameEndingWith("View")
            .should().haveModifier(JavaModifier.FINAL).andShould().haveOnlyFinalFields()
            .because("a template must not be able to change what it prints (only immutable view models in the context)");

    @ArchTest
    static final ArchRule viewRecordsHoldOnlyImmutableTypes = fields().that().areDeclaredInClassesThat().resideInAPackage(CORE)
            .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("View")
            .and().areDeclaredInClassesThat().areRecords().and().areNotStatic()
            .should(holdOnlyImmutableTypes())
            .because("a final field holding a mutable object is still mutable");

    @ArchTest
    static final ArchRule viewRecordsCopyTheListsTheyAreGiven = classes().that().resideInAPackage(CORE).and().haveSimpleNameEndingWith("View").and().areRecords()
            .should(copyEveryListComponent())
            .because("a list kept as given stays shared with, and changeable by, whoever built the record");

    /** Strings, primitives, other view records, and lists of those: nothing a template could change. */
    private static ArchCondition<JavaField> holdOnlyImmutableTypes() {
        return new ArchCondition<>("hold only strings, primitives, view records or lists of them") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                boolean immutable = isImmutable(field.getType());
                events.add(new SimpleConditionEvent(field, immutable,
                        field.getFullName() + " is of type " + field.getType().getName()));
            }
        };
    }

    /** As many List.copyOf calls in the constructors as there are list fields. */
    private static ArchCondition<JavaClass> copyEveryListComponent() {
        return new ArchCondition<>("copy every list they are given with List.copyOf") {
            @Override
            public void check(JavaClass record, ConditionEvents events) {
                long lists = record.getFields().stream()
                        .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                        .filter(field -> field.getRawType().isEquivalentTo(List.class))
                        .count();
                long copies = record.getConstructors().stream()
                        .flatMap(constructor -> constructor.getMethodCallsFromSelf().stream())
                        .filter(call -> call.getTargetOwner().isEquivalentTo(List.class) && call.getName().equals("copyOf"))
                        .count();
                events.add(new SimpleConditionEvent(record, copies >= lists,
                        record.getName() + " has " + lists + " list fields and " + copies + " List.copyOf calls"));
            }
        };
    }

    private static boolean isImmutable(JavaType type) {
        JavaClass raw = type.toErasure();
        if (raw.isPrimitive() || raw.isEquivalentTo(String.class)) {
            return true;
        }
        if (raw.isRecord() && raw.getPackageName().startsWith("org.activitylead.core") && raw.getSimpleName().endsWith("View")) {
            return true;
        }
        return raw.isEquivalentTo(List.class) && type instanceof JavaParameterizedType parameterized
                && parameterized.getActualTypeArguments().stream().allMatch(ArchitectureTest::isImmutable);
    }
}
