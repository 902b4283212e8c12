package dev.specls.cli;

import dev.specls.text.LineColumn;

/**
 * A range of a file as reports show it.
 *
 * @param file  path relative to the current folder, with {@code /} separators
 * @param start 0-based line and UTF-16 character, as LSP counts
 * @param end   exclusive end, same units
 */
public record Location(String file, LineColumn start, LineColumn end) {
}
