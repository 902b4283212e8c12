package dev.specls.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Clean spec sets of the other formats, as large as asked: a Spec Kit feature folder whose tasks.md has
 * N tasks across Setup, Foundational, one phase per user story and Polish; a Saga tree of M milestones of
 * T task files each. Every task owns its own file, names its story, and depends only on earlier tasks,
 * so a check reports nothing.
 */
final class SpecGenerator {

    private static final long SEED = 20261202L;
    static final int STORIES = 20;

    private SpecGenerator() {
    }

    /** Writes {@code specs/001-generated/} with spec.md, plan.md and tasks.md; returns tasks.md. */
    static Path specKit(int tasks, Path root) {
        Random random = new Random(SEED);
        Path feature = root.resolve("specs/001-generated");
        StringBuilder spec = new StringBuilder("# Feature Specification: Generated\n\n## User Scenarios & Testing\n\n");
        for (int story = 1; story <= STORIES; story++) {
            spec.append("### User Story ").append(story).append(" - Story ").append(story).append(" (Priority: P").append(1 + story % 3).append(")\n\n")
                    .append("A user does thing ").append(story).append(".\n\n");
        }
        spec.append("## Requirements\n\n");
        for (int story = 1; story <= STORIES; story++) {
            spec.append(String.format(Locale.ROOT, "- **FR-%03d**: System MUST support thing %d.%n", story, story));
        }
        StringBuilder plan = new StringBuilder("# Implementation Plan: Generated\n\n## Summary\n\nGenerated for benchmarks.\n");
        StringBuilder list = new StringBuilder("# Tasks: Generated\n\n");
        int setup = Math.max(1, tasks / 100);
        int foundational = Math.max(1, tasks / 50);
        int polish = Math.max(1, tasks / 100);
        int perStory = Math.max(1, (tasks - setup - foundational - polish) / STORIES);
        int number = 0;
        int phase = 0;
        list.append("## Phase ").append(++phase).append(": Setup\n\n");
        for (int i = 0; i < setup && number < tasks; i++) {
            number++;
            list.append(task(number, random, null, number)).append('\n');
        }
        list.append("\n## Phase ").append(++phase).append(": Foundational\n\n");
        for (int i = 0; i < foundational && number < tasks; i++) {
            number++;
            list.append(task(number, random, null, number)).append('\n');
        }
        for (int story = 1; story <= STORIES && number < tasks; story++) {
            list.append("\n## Phase ").append(++phase).append(": User Story ").append(story).append(" - Story ").append(story).append(" (Priority: P")
                    .append(1 + story % 3).append(")\n\n");
            int phaseStart = number + 1;
            int count = story == STORIES ? tasks - number - polish : perStory;
            for (int i = 0; i < count && number < tasks; i++) {
                number++;
                String line = task(number, random, "US" + story, phaseStart);
                if (i == 0) {
                    line += String.format(Locale.ROOT, " (FR-%03d)", story);
                }
                list.append(line).append('\n');
            }
        }
        list.append("\n## Phase ").append(++phase).append(": Polish\n\n");
        while (number < tasks) {
            number++;
            list.append(task(number, random, null, number)).append('\n');
        }
        write(feature.resolve("spec.md"), spec.toString());
        write(feature.resolve("plan.md"), plan.toString());
        write(feature.resolve("tasks.md"), list.toString());
        return feature.resolve("tasks.md");
    }

    /** One task line: parallel or not, with its story, its own file, and sometimes a dependency on an earlier task of its phase. */
    private static String task(int number, Random random, String story, int phaseStart) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "- [ ] T%04d", number));
        if (random.nextInt(3) == 0) {
            line.append(" [P]");
        }
        if (story != null) {
            line.append(" [").append(story).append(']');
        }
        line.append(String.format(Locale.ROOT, " Implement part %d in src/mod%d/file%d.py", number, number % 37, number));
        if (number > phaseStart && random.nextInt(4) == 0) {
            line.append(String.format(Locale.ROOT, " (depends on T%04d)", phaseStart + random.nextInt(number - phaseStart)));
        }
        return line.toString();
    }

    /** Writes a Saga tree (SAGA.md, PROGRESS.md, milestones); returns a task file in the middle milestone. */
    static Path saga(int milestones, int tasksPerMilestone, Path root) {
        Random random = new Random(SEED);
        StringBuilder index = new StringBuilder("# Saga: Generated\n\nStatus: implementing\n\n## Exit criteria\n\n- `pytest` passes\n\n## Milestones\n\n");
        StringBuilder progress = new StringBuilder("# Progress\n\n## Tasks\n\n");
        Path middle = null;
        for (int m = 1; m <= milestones; m++) {
            String slug = String.format(Locale.ROOT, "%02d-part%d", m, m);
            index.append(m).append(". ").append(slug).append(" — part ").append(m).append("; depends on: ")
                    .append(m == 1 ? "none" : String.format(Locale.ROOT, "%02d-part%d", m - 1, m - 1)).append('\n');
            Path folder = root.resolve("milestones").resolve(slug);
            write(folder.resolve("MILESTONE.md"), "# Milestone " + m + ": Part " + m + "\n\n- Depends on: " + (m == 1 ? "none" : String.valueOf(m - 1))
                    + "\n\n## Validation criteria\n\n- `pytest tests/part" + m + "` passes\n");
            boolean done = m <= milestones / 4;
            for (int t = 1; t <= tasksPerMilestone; t++) {
                String id = m + "." + t;
                String dependsOn = t == 1 ? "none" : m + "." + (1 + random.nextInt(t - 1));
                Path file = folder.resolve("tasks").resolve(String.format(Locale.ROOT, "%02d-task%d.md", t, t));
                write(file, "# Task " + id + ": Task " + id + "\n\n- Milestone: " + slug + "\n- Depends on: " + dependsOn + "\n- Owned files: `src/part"
                        + m + "/task" + t + ".py`\n\n## Validation criteria\n\n- `pytest tests/part" + m + "/test_task" + t + ".py` passes with "
                        + (2 + t % 5) + " tests\n");
                progress.append("- ").append(id).append(" Task ").append(id).append(": ").append(done ? "done — branch saga/generated/m" + m + "t" + t : "pending")
                        .append('\n');
                if (m == milestones / 2 + 1 && t == tasksPerMilestone / 2 + 1) {
                    middle = file;
                }
            }
        }
        write(root.resolve("SAGA.md"), index.toString());
        write(root.resolve("PROGRESS.md"), progress.toString());
        return middle;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
