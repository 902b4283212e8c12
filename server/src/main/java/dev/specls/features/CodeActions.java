package dev.specls.features;

import dev.specls.features.prompt.PromptFeatures;
import dev.specls.features.prompt.PromptFixes;
import dev.specls.workspace.PromptLibrary;
import dev.specls.check.Finding;
import dev.specls.check.Severity;
import dev.specls.features.fixes.QuickFix;
import dev.specls.features.fixes.QuickFixes;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes attached to diagnostics, and source actions on the plan.
 *
 * <p>The findings are recomputed for the file's spec set at its current versions, never trusted from
 * the client: a diagnostic the client sends is matched to a finding by code and range (or, when the
 * buffer moved since it was published, by code and overlap), and the fix is attached to the client's own
 * diagnostic object so the editor can link the two. Findings under the requested range that the client
 * did not send get fixes too, with a diagnostic built here.
 */
public final class CodeActions {

    public static final List<String> KINDS = List.of("quickfix", "source");

    private static final String SOURCE = "specls";

    private CodeActions() {
    }

    public static List<Either<Command, CodeAction>> actions(FeatureContext context, URI uri, Range range, CodeActionContext actionContext) {
        if (context == null || uri == null) {
            return List.of();
        }
        List<String> only = actionContext == null || actionContext.getOnly() == null ? List.of() : actionContext.getOnly();
        List<Either<Command, CodeAction>> result = new ArrayList<>();
        if (allows(only, CodeActionKind.QuickFix)) {
            for (CodeAction action : quickFixes(context, uri, range, actionContext)) {
                if (EditableFiles.allowed(context, action.getEdit())) {
                    result.add(Either.forRight(action));
                }
            }
        }
        if (allows(only, SortTasks.KIND)) {
            CodeAction sort = SortTasks.action(context, uri);
            if (sort != null && EditableFiles.allowed(context, sort.getEdit())) {
                result.add(Either.forRight(sort));
            }
        }
        return result;
    }

    /** LSP's kind hierarchy: {@code source} allows {@code source.sortTasks}; no filter allows everything. */
    static boolean allows(List<String> only, String kind) {
        if (only.isEmpty()) {
            return true;
        }
        for (String wanted : only) {
            if (wanted == null) {
                continue;
            }
            if (wanted.isEmpty() || kind.equals(wanted) || kind.startsWith(wanted + ".")) {
                return true;
            }
        }
        return false;
    }

    private static List<CodeAction> quickFixes(FeatureContext context, URI uri, Range range, CodeActionContext actionContext) {
        var prompt = PromptFeatures.prompt(context, uri);
        if (prompt != null) {
            return promptFixes(context, prompt, range, actionContext);
        }
        SourceFile file = context.workspace().file(uri);
        SpecSet specSet = context.workspace().specSetOf(uri);
        if (file == null || specSet == null) {
            return List.of();
        }
        List<Finding> findings = context.analysis().findings(specSet).getOrDefault(file.uri(), List.of());
        if (findings.isEmpty()) {
            return List.of();
        }
        // Which finding each fix answers, with the diagnostic it is attached to, in the order they were found.
        Map<Finding, Diagnostic> wanted = new IdentityHashMap<>();
        List<Finding> order = new ArrayList<>();
        List<Diagnostic> sent = actionContext == null || actionContext.getDiagnostics() == null ? List.of() : actionContext.getDiagnostics();
        for (Diagnostic diagnostic : sent) {
            context.cancellation().checkCanceled();
            Finding finding = match(context, file, findings, diagnostic, wanted.keySet());
            if (finding != null) {
                wanted.put(finding, diagnostic);
                order.add(finding);
            }
        }
        if (range != null) {
            Span requested = Positions.span(file, range, context.encoding());
            for (Finding finding : findings) {
                context.cancellation().checkCanceled();
                if (!wanted.containsKey(finding) && QuickFixes.forCode(finding.code()) != null
                        && finding.span().start() <= requested.end() && finding.span().end() >= requested.start()) {
                    wanted.put(finding, diagnosticOf(context, file, finding));
                    order.add(finding);
                }
            }
        }
        List<CodeAction> actions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding finding : order) {
            context.cancellation().checkCanceled();
            QuickFix fix = QuickFixes.forCode(finding.code());
            if (fix == null) {
                continue;
            }
            List<CodeAction> offered;
            try {
                offered = fix.actions(new QuickFix.Input(context, specSet, file, finding, wanted.get(finding)));
            } catch (RuntimeException unexpected) {
                if (unexpected instanceof java.util.concurrent.CancellationException) {
                    throw unexpected;
                }
                // A fix that trips over odd input offers nothing; the others still do.
                offered = List.of();
            }
            for (CodeAction action : offered) {
                // A cycle's edges are each a diagnostic offering the same removals: show each removal once.
                if (seen.add(action.getTitle() + '\u0000' + action.getEdit())) {
                    actions.add(action);
                }
            }
        }
        return actions;
    }

    /** The fixes of the prompt findings the client sends or the range touches, each once. */
    private static List<CodeAction> promptFixes(FeatureContext context, PromptLibrary.Prompt prompt, Range range, CodeActionContext actionContext) {
        SourceFile file = prompt.file();
        List<Finding> findings = PromptFixes.findings(context, file.uri());
        Map<Finding, Diagnostic> wanted = new IdentityHashMap<>();
        List<Finding> order = new ArrayList<>();
        List<Diagnostic> sent = actionContext == null || actionContext.getDiagnostics() == null ? List.of() : actionContext.getDiagnostics();
        for (Diagnostic diagnostic : sent) {
            Finding finding = match(context, file, findings, diagnostic, wanted.keySet());
            if (finding != null) {
                wanted.put(finding, diagnostic);
                order.add(finding);
            }
        }
        if (range != null) {
            Span requested = Positions.span(file, range, context.encoding());
            for (Finding finding : findings) {
                if (!wanted.containsKey(finding) && finding.span().start() <= requested.end() && finding.span().end() >= requested.start()) {
                    wanted.put(finding, diagnosticOf(context, file, finding));
                    order.add(finding);
                }
            }
        }
        List<CodeAction> actions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding finding : order) {
            context.cancellation().checkCanceled();
            for (CodeAction action : PromptFixes.fixes(context, prompt, finding, wanted.get(finding))) {
                if (seen.add(action.getTitle() + '\u0000' + action.getEdit())) {
                    actions.add(action);
                }
            }
        }
        return actions;
    }

    /** The finding the client's diagnostic shows: same code and range, else same code and overlapping span. */
    private static Finding match(FeatureContext context, SourceFile file, List<Finding> findings, Diagnostic diagnostic, Set<Finding> taken) {
        if (diagnostic == null || diagnostic.getRange() == null || diagnostic.getCode() == null
                || (diagnostic.getSource() != null && !SOURCE.equals(diagnostic.getSource()))) {
            return null;
        }
        String code = diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
        Span span = Positions.span(file, diagnostic.getRange(), context.encoding());
        Finding overlapping = null;
        for (Finding finding : findings) {
            if (!finding.code().equals(code) || taken.contains(finding)) {
                continue;
            }
            if (finding.span().equals(span)) {
                return finding;
            }
            if (overlapping == null && finding.span().start() <= span.end() && finding.span().end() >= span.start()) {
                overlapping = finding;
            }
        }
        return overlapping;
    }

    private static Diagnostic diagnosticOf(FeatureContext context, SourceFile file, Finding finding) {
        Diagnostic diagnostic = new Diagnostic(Positions.range(file, finding.span(), context.encoding()), finding.message(),
                severity(finding.severity()), SOURCE, finding.code());
        return diagnostic;
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}
