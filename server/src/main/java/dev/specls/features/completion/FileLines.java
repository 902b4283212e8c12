package dev.specls.features.completion;

import static dev.specls.features.completion.CompletionRequest.sortKey;

import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlElement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * Paths in {@code <files>}, relative to the spec set's folder: the files other tasks list first, then
 * the files and folders on disk. An item replaces the whole line being typed, since sago reads one
 * path per line.
 */
final class FileLines {

    private final CompletionRequest request;
    private final PlanCompletion plan;
    private final String text;

    FileLines(CompletionRequest request, PlanCompletion plan) {
        this.request = request;
        this.plan = plan;
        this.text = request.text;
    }

    void complete(Task task, XmlElement files) {
        int offset = request.offset;
        int lineStart = Math.max(request.lineStartOf(offset), files.contentSpan().start());
        int lineEnd = Math.min(request.lineEndOf(offset), files.contentSpan().end());
        int lt = text.indexOf('<', offset);
        if (lt >= 0 && lt < lineEnd) {
            lineEnd = lt;
        }
        int[] replace = plan.trimmed(lineStart, lineEnd);
        Set<String> listedHere = new HashSet<>();
        if (task != null) {
            for (Ref file : task.files()) {
                if (file.span().end() < lineStart || file.span().start() > lineEnd) {
                    listedHere.add(file.value());
                }
            }
        }
        Map<String, List<String>> listedByOthers = plan.filesByPath(task, listedHere);
        Set<String> offered = new HashSet<>();
        int rank = 0;
        for (Map.Entry<String, List<String>> entry : listedByOthers.entrySet()) {
            String path = entry.getKey();
            if (!looksLikePath(path) || !offered.add(path)) {
                continue;
            }
            CompletionItem item = request.add(path, path.endsWith("/") ? CompletionItemKind.Folder : CompletionItemKind.File,
                    replace[0], replace[1], path, false);
            item.setSortText(sortKey(0, rank++));
            item.setDetail("listed by " + String.join(", ", entry.getValue()));
        }
        ProjectFiles.Listing listing = ProjectFiles.list(request.specSet == null ? null : request.specSet.folder(), request.context.cancellation());
        for (String path : listing.paths()) {
            request.checkCanceled();
            if (listedHere.contains(path) || !offered.add(path)) {
                continue;
            }
            boolean folder = path.endsWith("/");
            CompletionItem item = request.add(path, folder ? CompletionItemKind.Folder : CompletionItemKind.File, replace[0], replace[1], path, false);
            item.setSortText(sortKey(folder ? 2 : 1, rank++));
        }
        request.incomplete |= listing.truncated();
    }

    /** A plan entry worth offering again (the lines sago would misread are left out already): not outside the folder. */
    private static boolean looksLikePath(String path) {
        return !(path.startsWith("/") || path.startsWith("~") || path.startsWith("..") || (path.length() > 1 && path.charAt(1) == ':'));
    }
}
