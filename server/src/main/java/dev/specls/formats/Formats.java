package dev.specls.formats;

import dev.specls.check.Checker;
import dev.specls.check.Rule;
import dev.specls.check.plan.PlanDependencyRules;
import dev.specls.check.plan.PlanStructureRules;
import dev.specls.check.requirements.RequirementsRules;
import dev.specls.check.prompt.PromptRules;
import dev.specls.check.state.StateRules;
import dev.specls.config.SettingsLookup;
import dev.specls.features.FeatureProviders;
import dev.specls.features.FormatFeatures;
import dev.specls.features.SagoFeatures;
import dev.specls.features.prompt.PromptFormatFeatures;
import dev.specls.syntax.FileKind;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.syntax.prompt.PromptParser;
import dev.specls.syntax.requirements.RequirementsParser;
import dev.specls.syntax.state.StateParser;
import dev.specls.workspace.FileClassifier;
import dev.specls.workspace.FileFormat;
import dev.specls.workspace.FileFormats;
import dev.specls.workspace.PromptLayout;
import dev.specls.workspace.SagoFolderLayout;
import dev.specls.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of every format specls reads: the one place that says which kinds of file exist, how
 * each is found, parsed, grouped, checked and edited. Classification, the workspace, the checker and
 * every feature read it; adding a format adds its row to {@link #BUILT_IN}. The order of the rows is
 * the order in which name globs are tried (GSD's phase plans before any other {@code PLAN.md}) and
 * the order of the rules. Immutable.
 */
public final class Formats implements FeatureProviders {

    public static final Formats BUILT_IN = new Formats(rows(List.of(
            SpecFormats.gsdPlan(),
            Format.of(FileFormat.of(FileKind.PLAN).named("**/PLAN.md").language(FileClassifier.PLAN_LANGUAGE_ID)
                            .recognizedBy(FileClassifier::holdsPhasesBlock).parsedBy(PlanParser::parse).groupedBy(SagoFolderLayout.INSTANCE))
                    .checkedBy(PlanStructureRules.all()).checkedBy(PlanDependencyRules.all()).withFeatures(SagoFeatures.PLAN),
            Format.of(FileFormat.of(FileKind.REQUIREMENTS).named("**/REQUIREMENTS.md")
                            .parsedBy(RequirementsParser::parse).groupedBy(SagoFolderLayout.INSTANCE))
                    .checkedBy(RequirementsRules.all()).withFeatures(SagoFeatures.REQUIREMENTS),
            Format.of(FileFormat.of(FileKind.STATE).named("**/STATE.md").parsedBy(StateParser::parse).groupedBy(SagoFolderLayout.INSTANCE))
                    .checkedBy(StateRules.all()).withFeatures(SagoFeatures.STATE),
            Format.of(FileFormat.of(FileKind.PROJECT).named("**/PROJECT.md")),
            // Prompt templates, one row per dialect (FORMATS.md §5), all in one spec set: they reach each other across folders,
            // so the prompt rules, which run on that spec set, are registered once, on the first row.
            // A skill, a command and a VS Code prompt file are named before SASE's folders, which may hold them.
            prompt(PromptFlavor.SKILL, "**/SKILL.md").checkedBy(PromptRules.all()),
            prompt(PromptFlavor.CLAUDE_COMMAND, "**/.claude/commands/**/*.md"),
            prompt(PromptFlavor.VSCODE_PROMPT, "**/*.prompt.md", "**/.github/prompts/**/*.md"),
            prompt(PromptFlavor.SASE, "**/xprompts/**/*.md", "**/.xprompts/**/*.md"),
            prompt(PromptFlavor.PROMPTY, "**/*.prompty"),
            prompt(PromptFlavor.DOTPROMPT, "**/*.prompt")),
            SpecFormats.rows()));

    private static Format prompt(PromptFlavor flavor, String... names) {
        return Format.of(FileFormat.of(flavor.kind()).named(names).parsedBy(text -> PromptParser.parse(flavor, text))
                        .groupedBy(PromptLayout.INSTANCE))
                .withFeatures(PromptFormatFeatures.INSTANCE);
    }

    private static List<Format> rows(List<Format> first, List<Format> then) {
        List<Format> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private final List<Format> rows;
    private final Map<FileKind, FormatFeatures> features = new LinkedHashMap<>();
    private final FileFormats files;
    private final List<Rule> rules;

    public Formats(List<Format> rows) {
        this.rows = List.copyOf(rows);
        List<Rule> allRules = new ArrayList<>();
        for (Format row : this.rows) {
            features.put(row.kind(), row.features());
            allRules.addAll(row.rules());
        }
        this.files = new FileFormats(this.rows.stream().map(Format::file).toList());
        this.rules = List.copyOf(allRules);
    }

    /** This table with one more row, tried after the others. */
    public Formats with(Format row) {
        List<Format> more = new ArrayList<>(rows);
        more.add(row);
        return new Formats(more);
    }

    public List<Format> rows() {
        return rows;
    }

    /**
     * The name of every kind of the table in lower case, row by row: the keys under which {@code [files]}
     * settings give a kind more globs ({@code plan}, {@code kiro_tasks}, {@code dotprompt}, …).
     */
    public List<String> fileKindNames() {
        return rows.stream().map(row -> row.kind().name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The rows as the workspace reads files. */
    public FileFormats files() {
        return files;
    }

    /** Every format's rules, row by row: what docs/rules.md lists. */
    public List<Rule> rules() {
        return rules;
    }

    @Override
    public FormatFeatures of(FileKind kind) {
        return features.getOrDefault(kind, FormatFeatures.NONE);
    }

    /** An empty workspace that reads files as this table says. */
    public Workspace newWorkspace(SettingsLookup settings) {
        return new Workspace(settings, files);
    }

    /** A checker of every rule of the table and the workspace rules. */
    public Checker newChecker(SettingsLookup settings) {
        return new Checker(rules, settings);
    }
}
