package org.activitylead.it.spring;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.atlassian.jira.cache.request.RequestCacheFactory;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.customfields.converters.UserConverter;
import com.atlassian.jira.jql.resolver.UserResolver;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.mockito.MockedStatic;

/**
 * Jira's own component container as {@link ComponentAccessor} reaches it: the one host seam besides the imports. It
 * serves only the components that public Jira 11.3 apps take from it because Jira does not export them to apps as
 * OSGi services (docs/host-contract.md), each a stand-in with the real interface. Asking for anything else fails, so
 * a module cannot quietly reach a host object it never imported.
 */
final class JiraContainer implements AutoCloseable {

    /** What the app may take from ComponentAccessor; the host contract lists the same, with the evidence. */
    static final List<Class<?>> NOT_EXPORTED_AS_SERVICES = List.of(UserConverter.class, UserResolver.class);
    /** What the app also asks for but does without: Jira's request caches (RequestUsers). Jira answers null for a type it lacks. */
    static final List<Class<?>> OPTIONAL = List.of(RequestCacheFactory.class);

    private final MockedStatic<ComponentAccessor> accessor;
    private final Set<String> asked = new TreeSet<>();

    private JiraContainer(List<Class<?>> served) {
        accessor = mockStatic(ComponentAccessor.class);
        accessor.when(() -> ComponentAccessor.getComponent(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
            Class<?> type = call.getArgument(0);
            asked.add(type.getName());
            if (OPTIONAL.contains(type) && !served.contains(type)) {
                return null;
            }
            if (!served.contains(type)) {
                throw new AssertionError("A module asked Jira's container for " + type.getName()
                        + ", which the app neither imports nor lists as not exported (docs/host-contract.md)");
            }
            return mock(type);
        });
        // Jira Software is not installed here; EpicIssueTypes then falls back to the type named "Epic".
        accessor.when(() -> ComponentAccessor.getOSGiComponentInstanceOfType(org.mockito.ArgumentMatchers.any()))
                .thenReturn(null);
    }

    /** Jira's container as the app's modules find it. */
    static JiraContainer open() {
        return new JiraContainer(served(null));
    }

    /** A container without these components: what a module would meet on a Jira that no longer has them. */
    static JiraContainer without(Class<?> missing) {
        return new JiraContainer(served(missing));
    }

    private static List<Class<?>> served(Class<?> missing) {
        return Stream.concat(NOT_EXPORTED_AS_SERVICES.stream(), OPTIONAL.stream()).filter(type -> !type.equals(missing)).toList();
    }

    /** The types asked for so far, by name. */
    Set<String> asked() {
        return Set.copyOf(asked);
    }

    @Override
    public void close() {
        accessor.close();
    }
}
