package org.activitylead.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void quotesEverythingOutsidePrintableAsciiSoTheOutputIsPlainAscii() {
        assertThat(Json.quote("a\"b\\c\n\u0000\u00e9\u202e\ud83d\ude00</script>"))
                .isEqualTo("\"a\\\"b\\\\c\\n\\u0000\\u00e9\\u202e\\ud83d\\ude00</script>\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "quote \" and \\ backslash", "\u0000\u001f\u007f", "\u00e9\u4e2d\ud83d\ude00",
            "\ud800 lone surrogate", "\u2028\u2029", "{\"not\":\"parsed\"}"})
    void readsBackExactlyWhatItQuoted(String value) {
        String json = "{" + Json.quote("k") + ":" + Json.quote(value) + "}";

        assertThat(Json.readObject(json)).contains(Map.of("k", value));
    }

    @Test
    void readsObjectsArraysBooleansWholeNumbersAndNull() {
        Map<String, Object> object = Json.readObject(" {\"a\": [\"x\", true, false, null, -12], \"b\": {\"c\": 0}} ").orElseThrow();

        assertThat(object.get("a")).isEqualTo(java.util.Arrays.asList("x", true, false, null, -12L));
        assertThat(object.get("b")).isEqualTo(Map.of("c", 0L));
        assertThat(Json.readObject("{\"e\":\"\\u00e9\\/\\b\\f\\n\\r\\t\"}")).contains(Map.of("e", "\u00e9/\b\f\n\r\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"a\"", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":1}{}", "{\"a\":1} x",
            "{\"a\":01}", "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":-}", "{\"a\":+1}", "{\"a\":1234567890123456789}",
            "{\"a\":tru}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"raw\ncontrol\"}", "{'a':1}", "{\"a\":1,\"a\":2}",
            "{\"a\":[1 2]}", "{\"a\":\u0661}", "{\"a\":NaN}"})
    void readsAnythingMalformedAsNothing(String text) {
        assertThat(Json.readObject(text)).isEmpty();
    }

    @Test
    void readsNothingTooDeepOrTooLong() {
        assertThat(Json.readObject("{\"a\":[[[\"x\"]]]}")).isPresent();
        assertThat(Json.readObject("{\"a\":[[[[\"x\"]]]]}")).isEmpty();
        String padded = "{\"a\":\"" + "x".repeat(Json.MAX_LENGTH) + "\"}";
        assertThat(Json.readObject(padded)).isEmpty();
        assertThat(Json.readObject(null)).isEmpty();
        assertThat(Json.readObject("{\"a\":[" + "1,".repeat(100) + "1]}").orElseThrow().get("a")).asList().hasSize(101);
    }
}
