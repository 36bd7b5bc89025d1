package org.activitylead.it.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A web server on the loopback address standing in for Confluence and Jira as far as the browser is concerned: it
 * serves the pages under test, AUI's styles (as the product would), the plugin's own static resources, avatars below
 * the products' context paths, and Jira's user picker for the DRI autocomplete. Everything else is a 404, and every
 * request is recorded, so a test can tell exactly what a page asked for.
 */
public final class TestSite implements AutoCloseable {

    /** The context paths the rendered links and avatars live below, as the harness configures the products. */
    public static final String CONFLUENCE = "/wiki";
    public static final String JIRA = "/jira";

    public static final String AUI = "/aui/";
    public static final String APP = "/app/";
    public static final String PAGES = "/pages/";
    /** Jira's user picker, answered by {@link #userPicker}. */
    public static final String USER_PICKER = JIRA + "/rest/api/2/user/picker";

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css", "js", "text/javascript", "html", "text/html; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf", "json", "application/json");

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, String> userPicker = query -> "{\"users\":[]}";

    public TestSite(BrowserTools tools) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path resources = Path.of(System.getProperty("basedir", ".")).resolve("src/main/resources");
        server.createContext("/", exchange -> serve(exchange, tools.aui(), resources));
        // A page asks for its styles and dozens of avatars at once, as a product page does.
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "test-site");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The address of a path on this site. */
    public URI uri(String path) {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path);
    }

    public String origin() {
        String uri = uri("/").toString();
        return uri.substring(0, uri.length() - 1);
    }

    /** Publishes a page, returning its address. */
    public URI publish(String name, String html) {
        pages.put(name, html);
        return uri(PAGES + name);
    }

    /** Takes a page down again, so a long run does not keep every page in memory. */
    public void withdraw(String name) {
        pages.remove(name);
    }

    /** How the fake Jira answers the user picker, from the query the script sent. */
    public void answerUserPicker(Function<String, String> answer) {
        userPicker = answer;
    }

    /** Every request path (with query) received so far, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange, Path aui, Path resources) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        requests.add(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        try (exchange) {
            if (path.startsWith(PAGES) && pages.containsKey(path.substring(PAGES.length()))) {
                send(exchange, 200, "html", pages.get(path.substring(PAGES.length())).getBytes(StandardCharsets.UTF_8), false);
            } else if (path.startsWith(AUI)) {
                sendFile(exchange, aui, path.substring(AUI.length()));
            } else if (path.startsWith(APP)) {
                sendFile(exchange, resources, path.substring(APP.length()));
            } else if (path.equals(USER_PICKER)) {
                String query = uri.getQuery() == null ? "" : uri.getQuery();
                send(exchange, 200, "json", userPicker.apply(query).getBytes(StandardCharsets.UTF_8), false);
            } else if (isAvatar(path)) {
                send(exchange, 200, "png", Avatars.png(path), true);
            } else {
                send(exchange, 404, "html", new byte[0], false);
            }
        }
    }

    /**
     * Below a product's context path: where the products serve profile pictures (Confluence's profile picture folder
     * or a user's uploaded picture, Jira's avatar servlet), whatever path the product itself reported for a user.
     */
    static boolean isAvatar(String path) {
        return path.startsWith(CONFLUENCE + "/") || path.startsWith(JIRA + "/");
    }

    private static void sendFile(HttpExchange exchange, Path root, String relative) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, "html", new byte[0], false);
            return;
        }
        send(exchange, 200, extension(relative), Files.readAllBytes(file), true);
    }

    /**
     * Styles and pictures may be cached across pages; pages, answers and 404s never are, so each load shows what was
     * just published and meets its own errors.
     */
    private static void send(HttpExchange exchange, int status, String extension, byte[] body, boolean cacheable) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", cacheable ? "max-age=3600" : "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1);
    }

    /** Plain coloured squares as profile pictures, a colour per path, so screenshots tell people apart. */
    static final class Avatars {
        private static final List<byte[]> PALETTE = java.util.stream.IntStream.range(0, 8).mapToObj(Avatars::square).toList();

        private Avatars() {
        }

        static byte[] png(String path) {
            return PALETTE.get(Math.floorMod(path.hashCode(), PALETTE.size()));
        }

        private static byte[] square(int index) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(48, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
            int colour = 0x405080 + index * 0x0C0A06;
            for (int x = 0; x < 48; x++) {
                for (int y = 0; y < 48; y++) {
                    image.setRGB(x, y, colour);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                javax.imageio.ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
