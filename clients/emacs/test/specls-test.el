;;; specls-test.el --- ERT tests of specls.el through eglot  -*- lexical-binding: t; -*-

;; Run by clients/emacs/test/run in `emacs --batch'. SPECLS_WORK is a copy of examples/ the tests
;; may change; SPECLS_SLOW_LAUNCHER a launcher that builds for a while before it starts the server.

(require 'ert)
(require 'package)
(package-initialize)
(require 'markdown-mode)
(require 'eglot)
(require 'flymake)
(require 'xref)
(require 'specls)

(defvar specls-test-work (getenv "SPECLS_WORK"))

(defun specls-test--wait (predicate seconds)
  "Run the event loop until PREDICATE holds or SECONDS pass; return PREDICATE's last value."
  (let ((deadline (+ (float-time) seconds))
        value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

(defun specls-test--open (relative)
  (let ((buffer (find-file-noselect (expand-file-name relative specls-test-work))))
    (with-current-buffer buffer
      (unless (derived-mode-p 'markdown-mode)
        (markdown-mode)))
    buffer))

(defun specls-test--connect (buffer)
  "Start eglot for BUFFER as `eglot-ensure' would and wait until it manages the buffer."
  (with-current-buffer buffer
    (apply #'eglot--connect (eglot--guess-contact))
    (specls-test--wait (lambda () (eglot-managed-p)) 120)))

(defun specls-test--shutdown-all ()
  (dolist (server (cl-loop for servers being the hash-values of eglot--servers-by-project append servers))
    (ignore-errors (eglot-shutdown server))))

(defun specls-test--flymake-diagnostics ()
  "Flymake's diagnostics once the server published some.
Batch Emacs runs no command loop, so nothing else starts flymake's backends."
  (specls-test--wait (lambda ()
                       (flymake-start)
                       (accept-process-output nil 0.2)
                       (flymake-diagnostics))
                     60))

(defun specls-test--diagnostic-texts (buffer)
  (with-current-buffer buffer
    (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))

(ert-deftest specls-eglot-diagnostics-and-definition ()
  "eglot starts specls through specls.el; flymake shows its findings; xref jumps to the task."
  (let ((plan (specls-test--open "broken/PLAN.md")))
    (unwind-protect
        (progn
          (should (specls-test--connect plan))
          (with-current-buffer plan
            (should (eq (eieio-object-class (eglot-current-server)) 'specls-eglot-server))
            (flymake-mode 1)
            (should (specls-test--flymake-diagnostics))
            (let ((texts (string-join (specls-test--diagnostic-texts plan) "\n")))
              (should (string-match-p "dependency cycle 1\\.1 → 1\\.2" texts))
              (should (string-match-p "1\\.4" texts)))
            ;; xref-find-definitions on the 1.2 of depends_on="1.2" lands on <task id="1.2">.
            (goto-char (point-min))
            (search-forward "depends_on=\"1.2\"")
            (backward-char 3)
            (call-interactively #'xref-find-definitions)
            (should (equal (buffer-file-name) (expand-file-name "broken/PLAN.md" specls-test-work)))
            (should (string-match-p "<task id=\"1\\.2\">" (thing-at-point 'line t)))))
      (specls-test--shutdown-all))))

(ert-deftest specls-plan-mode-reads-any-file-as-a-plan ()
  "A Markdown file of another name is a plan for the server once it is in `specls-plan-mode'."
  (let* ((folder (expand-file-name "plan-notes" specls-test-work))
         (file (expand-file-name "notes.md" folder)))
    (make-directory folder t)
    (copy-file (expand-file-name "broken/PLAN.md" specls-test-work) file t)
    (let ((notes (find-file-noselect file)))
      (unwind-protect
          (with-current-buffer notes
            (should-not (specls-spec-file-p buffer-file-name))
            (specls-plan-mode)
            (should (derived-mode-p 'markdown-mode))
            (should (specls-spec-file-p buffer-file-name))
            (should (specls-test--connect notes))
            (should (equal (eglot--language-id (eglot-current-server)) "specls-plan"))
            (should (specls-test--flymake-diagnostics))
            (should (string-match-p "dependency cycle" (string-join (specls-test--diagnostic-texts notes) "\n"))))
        (specls-test--shutdown-all)))))

(ert-deftest specls-show-graph-through-eglot ()
  (let ((plan (specls-test--open "bookmarks/PLAN.md")))
    (unwind-protect
        (progn
          (should (specls-test--connect plan))
          (with-current-buffer plan
            (should (string-match-p "\\`flowchart" (specls-show-graph)))
            (should (get-buffer "*specls graph*"))))
      (specls-test--shutdown-all))))

(ert-deftest specls-planning-commands-through-eglot ()
  "Each planning command is an interactive function that sends one argument object."
  (dolist (function '(specls-generate-plan specls-replan specls-plan-requirement specls-suggest-verify specls-split-task
                      specls-review-phase specls-generate-requirements specls-estimate))
    (should (commandp function)))
  (let ((requirements (specls-test--open "bookmarks/REQUIREMENTS.md")))
    (unwind-protect
        (progn
          (should (specls-test--connect requirements))
          (with-current-buffer requirements
            (let ((estimate (specls-estimate "generatePlan")))
              (should (equal (specls--field estimate "command") "generatePlan"))
              (should (> (length (specls--field estimate "steps")) 0)))
            (let ((refused (should-error (specls-plan-requirement "REQ-1"))))
              (should (string-match-p "no LLM provider is configured" (format "%S" refused))))))
      (specls-test--shutdown-all))))

(ert-deftest specls-generate-plan-applies-the-servers-edit ()
  "specls-generate-plan against a loopback model: eglot applies the edit that creates PLAN.md."
  (setenv "SPECLS_LLM_API_KEY" "sk-editor-test")
  (let* ((specls-settings (list :llm (list :provider "openai" :model "test-model" :baseUrl (getenv "SPECLS_MODEL_URL"))))
         (requirements (specls-test--open "fresh/REQUIREMENTS.md"))
         (plan (expand-file-name "fresh/PLAN.md" specls-test-work)))
    (unwind-protect
        (progn
          (should (specls-test--connect requirements))
          (with-current-buffer requirements
            ;; eglot 1.9 asks before it edits a file no buffer visits: the user says yes.
            (cl-letf (((symbol-function 'y-or-n-p) (lambda (&rest _) t)))
              (let ((reply (specls-generate-plan)))
                (should (eq (specls--field reply "applied") t)))))
          (let ((created (specls-test--wait (lambda () (get-file-buffer plan)) 20)))
            (should created)
            (with-current-buffer created
              (should (string-match-p "<task id=\"1\\.1\">" (buffer-string)))))
          (should (string-match-p "REQ-5" (with-temp-buffer (insert-file-contents (getenv "SPECLS_MODEL_REQUESTS")) (buffer-string)))))
      (setenv "SPECLS_LLM_API_KEY" nil)
      (specls-test--shutdown-all))))

(ert-deftest specls-missing-java-says-what-to-do ()
  (let ((process-environment (cons "JAVA_HOME" process-environment))
        (exec-path (list (expand-file-name ".fakes/empty" specls-test-work)))
        (specls-java-home nil))
    (setenv "JAVA_HOME" nil)
    (let ((message (cadr (should-error (specls-server-contact) :type 'user-error))))
      (should (string-match-p "needs Java 17 or newer and found none" message))
      (should (string-match-p "apt install openjdk-17" message))
      (should (string-match-p "specls-java-home" message)))))

(ert-deftest specls-wrong-java-home-says-what-to-do ()
  (let* ((specls-java-home (expand-file-name "no-such-jdk" specls-test-work))
         (message (cadr (should-error (specls-server-contact) :type 'user-error))))
    (should (string-match-p "holds no bin/java" message))
    (should (string-match-p "set it to the folder of a Java 17\\+ runtime" message))))

(ert-deftest specls-old-java-says-what-to-do ()
  (let* ((specls-java-home (expand-file-name ".fakes/old-jdk" specls-test-work))
         (message (cadr (should-error (specls-server-contact) :type 'user-error))))
    (should (string-match-p "is Java 11; the server needs 17 or newer" message))))

(ert-deftest specls-prompt-files-open-in-prompt-mode ()
  (let ((file (expand-file-name "summarize.prompty" specls-test-work)))
    (with-temp-file file
      (insert "---\nname: summarize\n---\nSummarize {{ text }}\n"))
    (with-current-buffer (find-file-noselect file)
      (should (eq major-mode 'specls-prompt-mode))
      (should (derived-mode-p 'markdown-mode))
      (should (specls-spec-file-p buffer-file-name)))))

(ert-deftest specls-first-start-outlasts-eglot-timeout ()
  "A launcher that builds for longer than `eglot-connect-timeout' still connects."
  (let ((eglot-connect-timeout 5)
        (specls-server-command (list (getenv "SPECLS_SLOW_LAUNCHER") "lsp"))
        (plan (specls-test--open "broken/PLAN.md"))
        (started (float-time)))
    (unwind-protect
        (progn
          (should (specls-test--connect plan))
          ;; It connected after the fake build, well past the 5 s eglot would have waited.
          (should (> (- (float-time) started) 8))
          (with-current-buffer plan
            (flymake-mode 1)
            (should (specls-test--flymake-diagnostics))))
      (specls-test--shutdown-all))))

;;; specls-test.el ends here
