package dev.specls.syntax.spec;

import dev.specls.text.Span;
import java.util.List;

/**
 * One declared item: only a declaration creates an item, a mention never does.
 *
 * @param id            the id as written ({@code FR-001}, {@code T012}, {@code 2.3})
 * @param key           the canonical id ({@link ItemIds#canonical}); items compare by kind and key
 * @param idSpan        where the id is declared
 * @param span          the whole declaration (the list item, the heading's section, the task file)
 * @param statusSpan    the checkbox or status word, or {@code null} when the tool keeps no status here
 * @param scope         the key of the phase, milestone or requirement that holds the item, or {@code null}
 * @param level         nesting depth of a task in its list (1 for a top-level task)
 * @param parallel      marked as safe to run beside its neighbours ({@code [P]}, {@code (P)})
 * @param owns          files and surfaces the item writes ({@code src/x.py}, {@code _Boundary: API_})
 * @param criteria      its validation or acceptance criteria, each line with its span
 * @param criteriaTitle the heading of its criteria section, or {@code null} when it has none
 * @param wave          the wave the file declares (GSD), or 0
 * @param waveSpan      where the declared wave is written, or {@code null}
 */
public record SpecItem(
        ItemKind kind,
        String id,
        String key,
        Span idSpan,
        Span span,
        String title,
        ItemStatus status,
        Span statusSpan,
        String scope,
        int level,
        boolean parallel,
        List<Mention> owns,
        List<Mention> criteria,
        Span criteriaTitle,
        int wave,
        Span waveSpan) {

    public SpecItem {
        owns = List.copyOf(owns);
        criteria = List.copyOf(criteria);
    }

    public static Builder builder(ItemKind kind, String id, Span idSpan) {
        return new Builder(kind, id, idSpan);
    }

    /** How messages name the item in its format: {@code task T012}, {@code Phase 2}, {@code milestone 3}, {@code plan 01-02}. */
    public String label(SpecFormat format) {
        String word = kind.word(format);
        return id.regionMatches(true, 0, word, 0, word.length()) ? id : word + " " + id;
    }

    /** Collects an item's parts while a parser reads it. */
    public static final class Builder {
        private final ItemKind kind;
        private final String id;
        private final Span idSpan;
        private Span span;
        private String title = "";
        private ItemStatus status = ItemStatus.TODO;
        private Span statusSpan;
        private String scope;
        private int level = 1;
        private boolean parallel;
        private List<Mention> owns = List.of();
        private List<Mention> criteria = List.of();
        private Span criteriaTitle;
        private int wave;
        private Span waveSpan;

        private Builder(ItemKind kind, String id, Span idSpan) {
            this.kind = kind;
            this.id = id;
            this.idSpan = idSpan;
            this.span = idSpan;
        }

        public Builder span(Span value) {
            span = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder status(ItemStatus value, Span where) {
            status = value;
            statusSpan = where;
            return this;
        }

        public Builder scope(String value) {
            scope = value;
            return this;
        }

        public Builder level(int value) {
            level = value;
            return this;
        }

        public Builder parallel(boolean value) {
            parallel = value;
            return this;
        }

        public Builder owns(List<Mention> value) {
            owns = value;
            return this;
        }

        public Builder criteria(Span heading, List<Mention> value) {
            criteriaTitle = heading;
            criteria = value;
            return this;
        }

        public Builder wave(int value, Span where) {
            wave = value;
            waveSpan = where;
            return this;
        }

        public SpecItem build() {
            return new SpecItem(kind, id, ItemIds.canonical(id), idSpan, span, title, status, statusSpan, scope, level, parallel,
                    owns, criteria, criteriaTitle, wave, waveSpan);
        }
    }
}
