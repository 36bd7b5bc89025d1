package org.activitylead.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
 * The core holds the rules and view models in plain Java so they run and are tested without a host; the adapters
 * stay thin and never lean on each other, so one JAR loads in either product.
 */
@AnalyzeClasses(packages = "org.activitylead", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "org.activitylead.core..";
    private static final String VIEW = "org.activitylead.core.view..";
    private static final String CONFLUENCE = "org.activitylead.confluence..";
    private static final String JIRA = "org.activitylead.jira..";
    private static final String DRI = "org.activitylead.core.dri..";

    @ArchTest
    static final ArchRule coreUsesNoHostOrFrameworkApi = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "com.opensymphony..", "webwork..", "javax.servlet..", "jakarta..",
                    "org.apache.velocity..", "org.springframework..", "org.slf4j..")
            .because("the core (the DRI rules in core.dri too) must run in either host, and in plain unit tests, unchanged");

    /** The DRI rules are named on their own: they are what every Jira write path runs, so they must stay testable alone. */
    @ArchTest
    static final ArchRule driRulesUseOnlyTheCore = classes().that().resideInAPackage(DRI)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..")
            .because("core.dri holds the DRI rules in plain Java: no host API, no adapter, no library");

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

    @ArchTest
    static final ArchRule viewModelsAreRecords = classes().that().resideInAPackage(VIEW).and().haveSimpleNameEndingWith("View")
            .should().beRecords()
            .because("templates get only immutable view models, and the immutability rules below apply to records");

    /** Records are final with final fields by definition; this catches any other class put in the view package. */
    @ArchTest
    static final ArchRule viewClassesAreFinalWithOnlyFinalFields = classes().that().resideInAPackage(VIEW)
            .should().haveModifier(JavaModifier.FINAL).andShould().haveOnlyFinalFields()
            .because("a template must not be able to change what it prints (B1: only immutable DTOs in the context)");

    @ArchTest
    static final ArchRule viewRecordsHoldOnlyImmutableTypes = fields().that().areDeclaredInClassesThat().resideInAPackage(VIEW)
            .and().areDeclaredInClassesThat().areRecords().and().areNotStatic()
            .should(holdOnlyImmutableTypes())
            .because("a final field holding a mutable object is still mutable");

    @ArchTest
    static final ArchRule viewRecordsCopyTheListsTheyAreGiven = classes().that().resideInAPackage(VIEW).and().areRecords()
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
        if (raw.isRecord() && raw.getPackageName().startsWith("org.activitylead.core.view")) {
            return true;
        }
        return raw.isEquivalentTo(List.class) && type instanceof JavaParameterizedType parameterized
                && parameterized.getActualTypeArguments().stream().allMatch(ArchitectureTest::isImmutable);
    }
}
