package com.atlassian.confluence.api.service.content;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.service.exceptions.ServiceException;
import com.atlassian.confluence.api.service.finder.ManyFetcher;
import com.atlassian.confluence.api.service.finder.SingleFetcher;
import java.util.List;

/**
 * Compile-only shim; the app only calls it. An OSGi service of the bundled content-property-storage plugin (host
 * contract). https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/service/content/ContentPropertyService.java (interface; ServiceException is unchecked).
 * Every call checks the current user's permission on the page. Nested finders as in the host, with the methods used.
 * Several pages' properties are fetched with withContentIds and withPropertyKeys (the host refuses withPropertyKey
 * with several ids), at most 100 per page of results. Left out: copyAllJsonContentProperties, validator(), Validator,
 * withId, withKey, fetchPropertyKeys.
 */
public interface ContentPropertyService {

    JsonContentProperty create(JsonContentProperty property) throws ServiceException;

    ContentPropertyFinder find(Expansion... expansions);

    JsonContentProperty update(JsonContentProperty property) throws ServiceException;

    void delete(JsonContentProperty property) throws ServiceException;

    interface SingleContentPropertyFetcher extends SingleFetcher<JsonContentProperty> {
    }

    interface ContentPropertyFetcher extends SingleContentPropertyFetcher, ManyFetcher<JsonContentProperty> {
    }

    interface ParameterContentPropertyFinder extends ContentPropertyFetcher {

        ParameterContentPropertyFinder withContentId(ContentId contentId);

        ParameterContentPropertyFinder withContentIds(List<ContentId> contentIds);

        ParameterContentPropertyFinder withPropertyKey(String key);

        ParameterContentPropertyFinder withPropertyKeys(List<String> keys);
    }

    interface ContentPropertyFinder extends ParameterContentPropertyFinder {
    }
}
