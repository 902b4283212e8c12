package dev.specls.check;

import dev.specls.syntax.plan.Task;
import dev.specls.text.Span;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the task rules that read nothing but their own task ({@link TaskRule#readsOnlyItsTask()}) reported
 * for each task text in the last check of each plan. On the next check a task whose text did not change
 * replays those reports, moved to where the task now starts, instead of running the rules again: a
 * keystroke changes one task, so the others cost one hash lookup. A plan keeps only the entries of its
 * last check, so the memo holds at most one entry per task of every plan checked. Thread-safe.
 */
public final class TaskFindingsMemo {

    private final Map<URI, Table> byPlan = new ConcurrentHashMap<>();

    /**
     * The reports of the plan's last check, by task text, when the text around the tasks is the same as
     * then; else none. A task's reading can depend on text outside it (a DOCTYPE's attribute defaults and
     * entities, a namespace declared on its phase), so its text alone says nothing once that text changed.
     */
    Map<TaskText, Reports[]> previous(URI plan, String text, List<Task> tasks) {
        Table table = byPlan.get(plan);
        return table != null && table.surroundings.equals(Surroundings.of(text, tasks)) ? table.reports : Map.of();
    }

    void remember(URI plan, String text, List<Task> tasks, Map<TaskText, Reports[]> reports) {
        byPlan.put(plan, new Table(Surroundings.of(text, tasks), reports));
    }

    private record Table(Surroundings surroundings, Map<TaskText, Reports[]> reports) {
    }

    /** The text outside every task, cut where each task stands: equal when only the tasks' texts differ. */
    private static final class Surroundings {
        private final String text;
        /** Start and end of the text before each task (empty for a task inside another), then of the text after the last. */
        private final int[] gaps;

        private Surroundings(String text, int[] gaps) {
            this.text = text;
            this.gaps = gaps;
        }

        static Surroundings of(String text, List<Task> tasks) {
            int[] gaps = new int[2 * tasks.size() + 2];
            int cursor = 0;
            for (int i = 0; i < tasks.size(); i++) {
                Span span = tasks.get(i).element().span();
                gaps[2 * i] = cursor;
                gaps[2 * i + 1] = Math.max(cursor, span.start());
                cursor = Math.max(cursor, span.end());
            }
            gaps[gaps.length - 2] = cursor;
            gaps[gaps.length - 1] = text.length();
            return new Surroundings(text, gaps);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Surroundings that) || that.gaps.length != gaps.length) {
                return false;
            }
            for (int i = 0; i < gaps.length; i += 2) {
                int length = gaps[i + 1] - gaps[i];
                if (that.gaps[i + 1] - that.gaps[i] != length || !text.regionMatches(gaps[i], that.text, that.gaps[i], length)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return gaps.length;
        }
    }

    /**
     * The text of one task, compared by content without being copied out of the document: the key
     * holds the document's text, so one old version per plan stays alive while the memo holds it.
     */
    static final class TaskText {
        private final String text;
        private final int start;
        private final int end;
        private final int hash;

        TaskText(String text, Span span) {
            this.text = text;
            this.start = span.start();
            this.end = span.end();
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            this.hash = h;
        }

        int start() {
            return start;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TaskText that && that.hash == hash && that.end - that.start == end - start
                    && text.regionMatches(start, that.text, that.start, end - start);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** One rule's reports for one task, with spans relative to the task's start. */
    static final class Reports {
        private record Report(Span span, String message, List<Related> related) {
        }

        private final List<Report> reports;

        private Reports(List<Report> reports) {
            this.reports = reports;
        }

        /**
         * Runs the rule on the task through a recording sink and replays what it reported into {@code sink}.
         * Returns the reports to reuse, or {@code null} when one points into another file or outside the
         * task, because such a report may change with text the task does not hold.
         */
        static Reports record(TaskRule rule, SpecSet specSet, Task task,
                Span taskSpan, URI plan, FindingSink sink) {
            List<Report> reports = new ArrayList<>(1);
            boolean[] reusable = {true};
            rule.check(specSet, task, (uri, span, message, related) -> {
                sink.report(uri, span, message, related);
                if (!uri.equals(plan) || !taskSpan.contains(span)) {
                    reusable[0] = false;
                    return;
                }
                List<Related> relative = new ArrayList<>(related.size());
                for (Related place : related) {
                    if (!place.uri().equals(plan) || !taskSpan.contains(place.span())) {
                        reusable[0] = false;
                        return;
                    }
                    relative.add(new Related(place.uri(), place.span().shift(-taskSpan.start()), place.message()));
                }
                reports.add(new Report(span.shift(-taskSpan.start()), message, relative));
            });
            return reusable[0] ? new Reports(reports.isEmpty() ? List.of() : reports) : null;
        }

        /** Reports again into {@code sink}, for the same task text now starting at {@code taskStart}. */
        void replay(URI plan, int taskStart, FindingSink sink) {
            for (Report report : reports) {
                List<Related> related = report.related();
                if (!related.isEmpty()) {
                    List<Related> moved = new ArrayList<>(related.size());
                    related.forEach(place -> moved.add(new Related(plan, place.span().shift(taskStart), place.message())));
                    related = moved;
                }
                sink.report(plan, report.span().shift(taskStart), report.message(), related);
            }
        }
    }

    static Map<TaskText, Reports[]> newTable(int tasks) {
        return new HashMap<>(Math.max(16, tasks * 4 / 3 + 1));
    }
}
