package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.api.model.JsonString;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.JsonContentProperty.ContentPropertyBuilder;
import com.atlassian.confluence.api.model.content.Version;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.reference.Reference;
import com.atlassian.confluence.api.service.content.ContentPropertyService;
import com.atlassian.confluence.api.service.content.ContentPropertyService.ContentPropertyFinder;
import com.atlassian.confluence.api.service.content.ContentPropertyService.ParameterContentPropertyFinder;
import java.util.Optional;
import org.activitylead.core.record.RecordJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

/** The property as Confluence's content-property service keeps it; the host's model classes are stand-ins. */
class OwnershipPropertyTest {

    private static final long PAGE = 4242L;

    private final ContentPropertyService service = mock(ContentPropertyService.class);
    private final ContentPropertyFinder finder = mock(ContentPropertyFinder.class);
    private final ParameterContentPropertyFinder byPage = mock(ParameterContentPropertyFinder.class);
    private final ParameterContentPropertyFinder byKey = mock(ParameterContentPropertyFinder.class);
    private final ContentPropertyBuilder builder = mock(ContentPropertyBuilder.class, RETURNS_SELF);
    private final Version.VersionBuilder versionBuilder = mock(Version.VersionBuilder.class, RETURNS_SELF);
    private final JsonContentProperty built = mock(JsonContentProperty.class, "built");
    private final ContentId pageId = mock(ContentId.class);
    @SuppressWarnings("unchecked")
    private final Reference<Content> pageRef = mock(Reference.class);

    private MockedStatic<JsonContentProperty> properties;
    private MockedStatic<ContentId> ids;
    private MockedStatic<Content> contents;
    private MockedStatic<Version> versions;

    @BeforeEach
    void host() {
        properties = mockStatic(JsonContentProperty.class);
        ids = mockStatic(ContentId.class);
        contents = mockStatic(Content.class);
        versions = mockStatic(Version.class);
        properties.when(JsonContentProperty::builder).thenReturn(builder);
        properties.when(() -> JsonContentProperty.builder(any())).thenReturn(builder);
        ids.when(() -> ContentId.of(PAGE)).thenReturn(pageId);
        contents.when(() -> Content.buildReference(pageId)).thenReturn(pageRef);
        versions.when(Version::builder).thenReturn(versionBuilder);
        when(builder.build()).thenReturn(built);
        when(service.find()).thenReturn(finder);
        when(finder.withContentId(pageId)).thenReturn(byPage);
        when(byPage.withPropertyKey(RecordJson.PROPERTY_KEY)).thenReturn(byKey);
    }

    @AfterEach
    void closeHost() {
        properties.close();
        ids.close();
        contents.close();
        versions.close();
    }

    private JsonContentProperty stored(String json, int version) {
        JsonContentProperty property = mock(JsonContentProperty.class, "stored");
        JsonString value = mock(JsonString.class);
        when(value.getValue()).thenReturn(json);
        Version stored = mock(Version.class);
        when(stored.getNumber()).thenReturn(version);
        when(property.getValue()).thenReturn(value);
        when(property.getVersion()).thenReturn(stored);
        when(byKey.fetch()).thenReturn(Optional.of(property));
        return property;
    }

    @Test
    void createsThePropertyOnThePageUnderTheAppsKey() {
        when(byKey.fetch()).thenReturn(Optional.empty());

        assertThat(new OwnershipProperty(service).write(PAGE, Optional.of("{\"version\":1}"), 5)).isTrue();

        verify(builder).content(pageRef);
        verify(builder).key(RecordJson.PROPERTY_KEY);
        verify(builder).value(any(JsonString.class));
        verify(service).create(built);
        verify(service, never()).update(any());
    }

    @Test
    void updatesWithTheStoredVersionPlusOne() {
        JsonContentProperty current = stored("{\"version\":1,\"status\":\"LIVE\"}", 7);

        assertThat(new OwnershipProperty(service).write(PAGE, Optional.of("{\"version\":1,\"status\":\"DRAFT\"}"), 5)).isTrue();

        properties.verify(() -> JsonContentProperty.builder(current));
        ArgumentCaptor<Integer> number = ArgumentCaptor.forClass(Integer.class);
        verify(versionBuilder).number(number.capture());
        assertThat(number.getValue()).isEqualTo(8);
        verify(service).update(built);
    }

    @Test
    void leavesAnUnchangedRecordAloneSoThePageIsNotReindexed() {
        stored("{\"version\":1}", 3);

        assertThat(new OwnershipProperty(service).write(PAGE, Optional.of("{\"version\":1}"), 5)).isFalse();

        verify(service, never()).update(any());
        verify(service, never()).create(any());
    }

    @Test
    void removesTheRecordOfAPageWithoutAPanelAndNothingElse() {
        JsonContentProperty current = stored("{\"version\":1}", 3);

        assertThat(new OwnershipProperty(service).write(PAGE, Optional.empty(), 5)).isTrue();
        verify(service).delete(current);

        when(byKey.fetch()).thenReturn(Optional.empty());
        assertThat(new OwnershipProperty(service).write(PAGE, Optional.empty(), 5)).isFalse();
        verify(service, never()).create(any());
    }

    @Test
    void stampsTheRecordWithThePageVersionItWasReadFrom() {
        when(byKey.fetch()).thenReturn(Optional.empty());
        java.util.List<Object> values = new java.util.ArrayList<>();

        try (org.mockito.MockedConstruction<JsonString> made = org.mockito.Mockito.mockConstruction(JsonString.class,
                (value, context) -> values.add(context.arguments().get(0)))) {
            new OwnershipProperty(service).write(PAGE, Optional.of("{\"version\":1}"), 5);
        }

        assertThat(values).containsExactly("{\"pageVersion\":5,\"version\":1}");
    }

    @Test
    void neverWritesOrRemovesOverARecordANewerVersionOfThePageStored() {
        JsonContentProperty newer = stored("{\"pageVersion\":6,\"version\":1,\"status\":\"LIVE\"}", 3);

        assertThat(new OwnershipProperty(service).write(PAGE, Optional.of("{\"version\":1,\"status\":\"DRAFT\"}"), 5)).isFalse();
        assertThat(new OwnershipProperty(service).write(PAGE, Optional.empty(), 5)).isFalse();

        verify(service, never()).update(any());
        verify(service, never()).delete(newer);
    }
}
