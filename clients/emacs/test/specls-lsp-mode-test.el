;;; specls-lsp-mode-test.el --- ERT test of specls.el through lsp-mode  -*- lexical-binding: t; -*-

;; Its own Emacs process (clients/emacs/test/run), apart from the eglot tests: lsp-mode and eglot
;; both take over the buffers they manage.

(require 'ert)
(require 'package)
(package-initialize)
(require 'markdown-mode)
(require 'lsp-mode)
(require 'specls)

(defvar specls-test-work (getenv "SPECLS_WORK"))

(ert-deftest specls-lsp-mode-diagnostics-and-definition ()
  (let ((lsp-session-file (expand-file-name ".lsp-session" specls-test-work))
        (lsp-enable-file-watchers nil)
        (lsp-enable-snippet nil)
        (lsp-auto-guess-root nil)
        (lsp-restart 'ignore))
    (with-current-buffer (find-file-noselect (expand-file-name "broken/PLAN.md" specls-test-work))
      (markdown-mode)
      (lsp-workspace-folders-add specls-test-work)
      (lsp)
      (let ((deadline (+ (float-time) 120)))
        (while (and (< (float-time) deadline) (zerop (hash-table-count (lsp-diagnostics t))))
          (accept-process-output nil 0.2)))
      (should (equal (mapcar (lambda (workspace) (lsp--client-server-id (lsp--workspace-client workspace))) (lsp-workspaces))
                     '(specls)))
      (let ((codes (mapcar (lambda (diagnostic) (lsp:diagnostic-code? diagnostic))
                           (gethash (buffer-file-name) (lsp-diagnostics t)))))
        (should (member "plan/dependency-cycle" codes))
        (should (member "plan/dangling-dependency" codes)))
      (goto-char (point-min))
      (search-forward "depends_on=\"1.2\"")
      (backward-char 3)
      (let* ((definitions (lsp-request "textDocument/definition" (lsp--text-document-position-params)))
             (target (if (vectorp definitions) (aref definitions 0) (car definitions))))
        ;; <task id="1.2"> is on line 16 (0-based 15); the id starts at column 18.
        (should (equal (lsp:position-line (lsp:range-start (lsp:location-range target))) 15))
        (should (equal (lsp:position-character (lsp:range-start (lsp:location-range target))) 18)))
      (lsp-workspace-shutdown (car (lsp-workspaces))))))

;;; specls-lsp-mode-test.el ends here
