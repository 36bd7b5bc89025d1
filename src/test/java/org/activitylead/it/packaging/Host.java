package org.activitylead.it.packaging;

/** The supported hosts, each simulated by a curated export list in src/test/resources/osgi. */
enum Host {

    CONFLUENCE_9_2("confluence-9.2", Product.CONFLUENCE),
    CONFLUENCE_10_2("confluence-10.2", Product.CONFLUENCE),
    JIRA_10_3("jira-10.3", Product.JIRA),
    JIRA_11_3("jira-11.3", Product.JIRA);

    private final String listName;
    private final Product product;

    Host(String listName, Product product) {
        this.listName = listName;
        this.product = product;
    }

    Product product() {
        return product;
    }

    HostExports exports() {
        return HostExports.load("/osgi/" + listName + ".packages");
    }
}
