package org.activitylead.it.spring;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;

/**
 * How a host builds a class its descriptor names, for a transformerless plugin: through the plugin's own Spring
 * context, by constructor autowiring, whether the class is the plugin's or the host's own.
 *
 * <ul>
 *   <li>Module classes: atlassian-plugins' {@code ClassPrefixModuleFactory.createModule} hands a
 *       {@code ContainerManagedPlugin}'s class to {@code getContainerAccessor().createBean(cls)}, and
 *       {@code DefaultSpringContainerAccessor.createBean} calls the plugin context's
 *       {@code createBean(clazz, 3, false)}, 3 being {@code AUTOWIRE_CONSTRUCTOR} unless the legacy autodetection system
 *       property is set (decompiled atlassian-plugins of Confluence 8.7.2, github.com/ngannk-fptu/Decompiled-Files,
 *       {@code com/atlassian/plugin/module/ClassPrefixModuleFactory.java} and
 *       {@code com/atlassian/plugin/osgi/spring/DefaultSpringContainerAccessor.java}).</li>
 *   <li>A workflow module's {@code <validator-class>}: OSWorkflow asks Jira's type resolver, which calls
 *       {@code ComponentClassManager.newInstanceFromPlugin(implementationClass, plugin)}, which autowires the class with
 *       the plugin's container (Jira 6.3.15, github.com/turgaycelik/mysource, jira-core
 *       {@code plugin/workflow/AbstractWorkflowModuleDescriptor.java} and {@code plugin/DefaultComponentClassManager.java}).
 *       The same rule, so the same call here.</li>
 * </ul>
 * The class is loaded by the test class loader, which plays the bundle's class space: our classes, and the host's
 * classes our bundle imports (the shim's stand-ins here).
 */
final class HostModuleFactory {

    private HostModuleFactory() {
    }

    static Object create(GenericApplicationContext pluginContext, String className) throws ClassNotFoundException {
        Class<?> type = Class.forName(className, false, HostModuleFactory.class.getClassLoader());
        return pluginContext.getAutowireCapableBeanFactory()
                .createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
    }
}
