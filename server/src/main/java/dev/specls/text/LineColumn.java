package dev.specls.text;

/** A 0-based line and a 0-based character counted in some {@link PositionEncoding}. */
public record LineColumn(int line, int character) {
}
