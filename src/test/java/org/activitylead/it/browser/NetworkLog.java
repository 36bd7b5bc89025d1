package org.activitylead.it.browser;

import java.util.Map;
import org.openqa.selenium.json.Json;

/** Reads ChromeDriver's performance log entries, which carry the browser's DevTools network events as JSON. */
final class NetworkLog {

    private static final Json JSON = new Json();

    private NetworkLog() {
    }

    /** The URL of a {@code Network.requestWillBeSent} event. */
    @SuppressWarnings("unchecked")
    static String requestUrl(String entry) {
        Map<String, Object> event = JSON.toType(entry, Map.class);
        Map<String, Object> message = (Map<String, Object>) event.get("message");
        Map<String, Object> params = (Map<String, Object>) message.get("params");
        Map<String, Object> request = (Map<String, Object>) params.get("request");
        return String.valueOf(request.get("url"));
    }
}
