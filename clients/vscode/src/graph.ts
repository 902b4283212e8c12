// The plan graph: the Mermaid flowchart the server returns for specls.showGraph, drawn in a webview
// by the Mermaid library bundled with the extension (no network).
import * as vscode from "vscode";

let panel: vscode.WebviewPanel | undefined;

export function showGraph(context: vscode.ExtensionContext, mermaidSource: string, document: vscode.Uri): void {
  const media = vscode.Uri.joinPath(context.extensionUri, "media");
  const title = `Plan graph: ${vscode.workspace.asRelativePath(document)}`;
  if (!panel) {
    panel = vscode.window.createWebviewPanel("specls.graph", title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    panel.onDidDispose(() => (panel = undefined));
  }
  panel.title = title;
  panel.webview.html = html(panel.webview, media, mermaidSource);
  panel.reveal(vscode.ViewColumn.Beside, true);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function html(webview: vscode.Webview, media: vscode.Uri, source: string): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, "mermaid.min.js"));
  const nonce = Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
  const dark = vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Dark || vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.HighContrast;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource} data:; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>body { padding: 1em; } pre.source { display: none; }</style>
</head>
<body>
<pre class="mermaid">${escapeHtml(source)}</pre>
<script nonce="${nonce}" src="${script}"></script>
<script nonce="${nonce}">mermaid.initialize({ startOnLoad: true, securityLevel: "strict", theme: ${JSON.stringify(dark ? "dark" : "default")} });</script>
</body>
</html>`;
}
