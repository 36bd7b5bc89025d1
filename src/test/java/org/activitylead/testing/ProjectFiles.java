package org.activitylead.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The project's source files, read from the source tree for the checks that look at text the compiler does not keep
 * (string literals, template markup). Paths in the results are relative to the project, so failures name the file.
 */
public final class ProjectFiles {

    public static final Path MAIN_JAVA = Path.of("src/main/java");
    public static final Path MAIN_RESOURCES = Path.of("src/main/resources");

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "."));

    private ProjectFiles() {
    }

    /** Every file below {@code folder} whose name ends in {@code extension}, by path; never empty, so no check passes on nothing. */
    public static Map<Path, String> read(Path folder, String extension) {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(PROJECT.resolve(folder))) {
            for (Path path : (Iterable<Path>) paths.filter(p -> p.toString().endsWith(extension))::iterator) {
                files.put(PROJECT.relativize(path), Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).as("%s files below %s", extension, folder).isNotEmpty();
        return files;
    }

    /** One file of the project, e.g. {@code pom.xml}, as text. */
    public static String text(Path file) {
        try {
            return Files.readString(PROJECT.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main Java sources with every comment blanked out (line breaks kept), so prose never counts as code. */
    public static Map<Path, String> mainJavaCode() {
        Map<Path, String> code = new TreeMap<>();
        read(MAIN_JAVA, ".java").forEach((path, text) -> code.put(path, withoutComments(text)));
        return code;
    }

    /** The 1-based line of a character offset, for failure messages. */
    public static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Blanks Java comments; string, text-block and character literals are kept as they are, even when they hold "//". */
    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                int stop = end < 0 ? source.length() : end + 2;
                for (; i < stop; i++) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? source.length() : end + 3;
                out.append(source, i, stop);
                i = stop;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                out.append(source, i, Math.min(end + 1, source.length()));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
