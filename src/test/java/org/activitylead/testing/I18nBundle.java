package org.activitylead.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One of the plugin's i18n bundles as packaged: its raw bytes and its entries as {@link Properties} reads them. */
public final class I18nBundle {

    /** The languages the app ships (README): English in the base bundle, then German and French. */
    public static final List<String> LOCALE_SUFFIXES = List.of("", "_de", "_fr");

    private final String fileName;
    private final byte[] bytes;
    private final Map<String, String> entries = new TreeMap<>();
    private final Set<String> keysDefinedTwice = new TreeSet<>();

    private I18nBundle(Path file) {
        this.fileName = file.getFileName().toString();
        try {
            this.bytes = Files.readAllBytes(file);
            // Properties keeps the last of two equal keys without a word; counting every put reveals the first one.
            new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (entries.put((String) key, (String) value) != null) {
                        keysDefinedTwice.add((String) key);
                    }
                    return super.put(key, value);
                }
            }.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shipped bundle, base bundle first, from the base name the descriptor declares. */
    public static List<I18nBundle> all(PluginDescriptor descriptor) {
        return LOCALE_SUFFIXES.stream()
                .map(suffix -> new I18nBundle(descriptor.file(descriptor.i18nBaseName() + suffix + ".properties")))
                .toList();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Key to unescaped value, sorted by key. */
    public Map<String, String> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public Set<String> keys() {
        return entries().keySet();
    }

    public Set<String> keysDefinedTwice() {
        return Collections.unmodifiableSet(keysDefinedTwice);
    }

    @Override
    public String toString() {
        return fileName;
    }
}
