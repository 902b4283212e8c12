package dev.specls.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 code-unit offsets into a whole file's text.
 * Offsets are always relative to the file, never to an embedded block, so every consumer can
 * turn a span into a protocol range with the file's {@link LineIndex}.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public static final Span EMPTY = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True when {@code offset} lies inside the span or touches its end (a cursor right after a word). */
    public boolean touches(int offset) {
        return offset >= start && offset <= end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
