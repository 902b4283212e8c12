package dev.specls.text;

import java.net.URI;

/**
 * One version of one file's text, immutable. {@code version} is the editor's version for an open
 * buffer and -1 for a file read from disk; a file read from disk whose bytes are not all UTF-8 keeps
 * where the first bad ones stood (its text has U+FFFD there).
 */
public final class Snapshot {

    private final URI uri;
    private final int version;
    private final String text;
    private final Utf8Error utf8Error;
    private volatile LineIndex lineIndex;

    public Snapshot(URI uri, int version, String text) {
        this(uri, version, text, null);
    }

    public Snapshot(URI uri, int version, String text, Utf8Error utf8Error) {
        this.uri = uri;
        this.version = version;
        this.text = text;
        this.utf8Error = utf8Error;
    }

    /** The first bytes that were not UTF-8 when the file was read from disk, or {@code null}. */
    public Utf8Error utf8Error() {
        return utf8Error;
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
