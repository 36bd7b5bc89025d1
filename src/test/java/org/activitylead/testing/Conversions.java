package org.activitylead.testing;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.HashMap;
import java.util.Map;

/** Test data: the host's conversion context of a render, as far as the app reads it. */
public final class Conversions {

    /** The space the test pages live in. */
    public static final String SPACE_KEY = "ENG";

    private Conversions() {
    }

    /** A render of a page in {@link #SPACE_KEY} for this output type ("display", "pdf"...); one render per call. */
    public static ConversionContext rendering(String outputType) {
        Map<String, Object> properties = new HashMap<>();
        return new ConversionContext() {
            @Override
            public String getOutputType() {
                return outputType;
            }

            @Override
            public String getSpaceKey() {
                return SPACE_KEY;
            }

            @Override
            public Object getProperty(String name) {
                return properties.get(name);
            }

            @Override
            public void setProperty(String name, Object value) {
                properties.put(name, value);
            }
        };
    }
}
