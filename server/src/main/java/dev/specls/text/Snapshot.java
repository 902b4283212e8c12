package dev.specls.text;

import java.net.URI;

/**
 * One version of one file's text, immutable. {@code version} is the editor's version for an open
 * buffer and -1 for a file read from disk.
 */
public final class Snapshot {

    private final URI uri;
    private final int version;
    private final String text;
    private volatile LineIndex lineIndex;

    public Snapshot(URI uri, int version, String text) {
        this.uri = uri;
        this.version = version;
        this.text = text;
    }

    public URI uri() {
        return uri;
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    public LineIndex lineIndex() {
        LineIndex index = lineIndex;
        if (index == null) {
            index = LineIndex.of(text);
            lineIndex = index;
        }
        return index;
    }
}
