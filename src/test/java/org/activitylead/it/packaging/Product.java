package org.activitylead.it.packaging;

import java.util.Arrays;
import java.util.List;

/** The products whose packages the bundle imports, each with the package namespaces only that product exports. */
enum Product {

    // com.atlassian.user is the atlassian-user library and com.atlassian.renderer the wiki renderer, which only Confluence ships.
    CONFLUENCE(List.of("com.atlassian.confluence", "com.atlassian.user", "com.atlassian.renderer")),
    // OSWorkflow and PropertySet (com.opensymphony.*) come with Jira's workflow engine; com.atlassian.query is JQL's
    // query model, in jira-api.
    JIRA(List.of("com.atlassian.jira", "com.opensymphony", "com.atlassian.query")),
    // Jira Software is an app on Jira, not a host of its own: its API is exported by the app's bundle, and only where
    // the app is installed. So no host's export list has it.
    JIRA_SOFTWARE(List.of("com.atlassian.greenhopper"));

    private final List<String> namespaces;

    Product(List<String> namespaces) {
        this.namespaces = namespaces;
    }

    /** True for a namespace root itself and every package below it, as bnd's "com.atlassian.jira.*" matches. */
    boolean owns(String packageName) {
        return namespaces.stream().anyMatch(root -> packageName.equals(root) || packageName.startsWith(root + "."));
    }

    static boolean anyOwns(String packageName) {
        return Arrays.stream(values()).anyMatch(product -> product.owns(packageName));
    }
}
