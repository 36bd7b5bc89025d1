package org.activitylead.confluence;

import java.io.Writer;

/**
 * Collects the rendered panel. A {@link java.io.StringWriter} locks its buffer on each of the several hundred small
 * writes a render makes; one render is written by one thread, so this writer appends to a plain StringBuilder.
 */
final class PanelWriter extends Writer {

    private final StringBuilder html;

    PanelWriter(int expectedLength) {
        html = new StringBuilder(expectedLength);
    }

    @Override
    public void write(char[] characters, int offset, int length) {
        html.append(characters, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        html.append(text, offset, offset + length);
    }

    @Override
    public void write(int character) {
        html.append((char) character);
    }

    @Override
    public Writer append(CharSequence text) {
        html.append(text);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
