package org.activitylead.core.report;

import java.util.Optional;

/** Port to the product's links a report needs: a found page, and the product's own search for a query. */
public interface ReportLinks {

    /** The page's link, when the host's path is a plain path below the site. */
    Optional<String> page(String webPath);

    /** The product's search results for this CQL, for everything a report leaves out. */
    String search(String cql);
}
