package org.activitylead.confluence;

import com.atlassian.confluence.api.model.JsonString;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.Version;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.service.content.ContentPropertyService;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import java.util.Optional;
import org.activitylead.core.record.RecordJson;
import org.activitylead.core.record.RecordUpdate;

/**
 * The page's ownership record as a JSON content property, which Confluence indexes through the app's
 * content-property-index-schema module: stored beside the page, so the page gets no new version and no new date.
 * Written as the current user, whom Confluence checks for edit permission on the page.
 */
@ConfluenceComponent
public class OwnershipProperty {

    private final ContentPropertyService properties;

    public OwnershipProperty(@ConfluenceImport ContentPropertyService properties) {
        this.properties = properties;
    }

    /**
     * Stores the JSON, or removes the property for empty, as {@link RecordUpdate} decides for a record read from this
     * version of the page: an unchanged value is left alone (no re-index), and so is a record a newer version stored.
     *
     * @return whether anything was written
     */
    boolean write(long pageId, Optional<String> json, int pageVersion) {
        Optional<JsonContentProperty> stored = properties.find().withContentId(ContentId.of(pageId))
                .withPropertyKey(RecordJson.PROPERTY_KEY).fetch();
        Optional<String> storedJson = stored.map(JsonContentProperty::getValue).map(JsonString::getValue);
        RecordUpdate.Decision decision = RecordUpdate.decide(storedJson, json, pageVersion);
        if (decision instanceof RecordUpdate.Decision.Remove) {
            properties.delete(stored.orElseThrow());
            return true;
        }
        if (!(decision instanceof RecordUpdate.Decision.Write write)) {
            return false;
        }
        if (stored.isEmpty()) {
            properties.create(JsonContentProperty.builder().content(Content.buildReference(ContentId.of(pageId)))
                    .key(RecordJson.PROPERTY_KEY).value(new JsonString(write.json())).build());
            return true;
        }
        // Confluence takes an update only with the stored version's number plus one.
        JsonContentProperty current = stored.get();
        properties.update(JsonContentProperty.builder(current).value(new JsonString(write.json()))
                .version(Version.builder().number(current.getVersion().getNumber() + 1).build()).build());
        return true;
    }
}
