;;; specls.el --- specls language server for plan, requirements, state and prompt files  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, tools

;;; Commentary:

;; Registers the specls language server with eglot and with lsp-mode for sago-style PLAN.md,
;; REQUIREMENTS.md and STATE.md and for prompt templates (*.prompty, *.prompt, *.prompt.md), and
;; opens prompt templates in `specls-prompt-mode'.
;;
;;   (add-to-list 'load-path "/path/to/specls/clients/emacs")
;;   (require 'specls)
;;   (add-hook 'markdown-mode-hook #'specls-eglot-ensure)   ; or: #'lsp-deferred with lsp-mode
;;
;; Before it starts the server, specls checks for Java 17+ and says what to do when it is missing.
;; On a fresh checkout the launcher first builds the server (about a minute): specls then gives eglot
;; `specls-first-start-timeout' seconds instead of `eglot-connect-timeout', so the build is not cut off.

;;; Code:

(require 'cl-lib)
(require 'subr-x)
(require 'json)

(defgroup specls nil
  "Language server for AI-agent plan, requirements, state and prompt files."
  :group 'tools
  :prefix "specls-")

(defcustom specls-server-command nil
  "Command that starts the server, as a list: (\"/path/to/specls\" \"lsp\").
nil: bin/specls of the checkout or release this file is in, else
`specls' on PATH."
  :type '(choice (const :tag "Find it" nil) (repeat string)))

(defcustom specls-java-home nil
  "Folder of the Java 17+ runtime that runs the server (the one holding bin/java).
nil: JAVA_HOME, then `java' on PATH."
  :type '(choice (const :tag "JAVA_HOME or PATH" nil) directory))

(defcustom specls-vmargs nil
  "Extra JVM options for the server, such as (\"-Xmx1g\")."
  :type '(repeat string))

(defcustom specls-settings nil
  "The server's settings, the same keys as .specls.toml, as a plist.
For example:
  (:rules (:plan/broad-task \"off\") :diagnostics (:debounceMs 200))
Sent as initializationOptions and as the `specls' section of
workspace/configuration."
  :type 'plist)

(defcustom specls-first-start-timeout 900
  "Seconds eglot waits for the server when the launcher must build it first."
  :type 'integer)

(defconst specls--minimum-java 17)

(defconst specls--directory (file-name-directory (or load-file-name buffer-file-name default-directory))
  "Where specls.el lives.
The launcher of its checkout or release is ../../bin/specls.")

;; BEGIN GENERATED from clients/contributions.json by clients/generate.mjs
(defconst specls--commands
  '(
    ("specls.showGraph" specls-show-graph t "mermaid" nil)
    ("specls.generatePlan" specls-generate-plan t "none" nil)
    ("specls.replan" specls-replan t "none" (("feedback" "What should change in the plan? (empty: bring it in line with the requirements and STATE.md)" t)))
    ("specls.planRequirement" specls-plan-requirement t "none" (("requirementId" "The requirement to plan tasks for, such as REQ-3" nil)))
    ("specls.suggestVerify" specls-suggest-verify t "none" (("taskId" "The task that needs a <verify>, such as 1.2" nil)))
    ("specls.splitTask" specls-split-task t "none" (("taskId" "The task to split, such as 1.2" nil)))
    ("specls.reviewPhase" specls-review-phase t "none" (("phase" "The phase to review, as its name attribute says (Phase 1: Foundation)" nil)))
    ("specls.generateRequirements" specls-generate-requirements t "none" (("prompt" "The project's idea in one line" nil)))
    ("specls.estimate" specls-estimate t "none" (("command" "The planning command to estimate: generatePlan, replan, reviewPhase, …" nil)))
    ("specls.renderPrompt" specls-render-prompt t "prompt" nil)
    ("specls.checkWorkspace" specls-check nil "none" nil)
    ("specls.restartServer" specls-restart nil "none" nil)
    ("specls.showOutput" specls-show-log nil "none" nil))
  "Commands as (ID FUNCTION SERVER-SIDE RESULT INPUTS).
RESULT says how to show what the server returns; INPUTS are the
argument object's fields a run asks for, as (NAME PROMPT OPTIONAL).")

(defconst specls--file-names '("PLAN.md" "REQUIREMENTS.md" "STATE.md" "SAGA.md" "MILESTONE.md" "PROGRESS.md" "needs.md" "impl_notes.md" "PROJECT.md" "SKILL.md")
  "File names the server reads wherever they are.")

(defconst specls--file-globs '("**/.planning/phases/*/*-PLAN.md" "**/specs/*/spec.md" "**/specs/*/plan.md" "**/specs/*/tasks.md" "**/specs/*/checklists/*.md" "**/.specify/memory/constitution.md" "**/.kiro/specs/*/requirements.md" "**/.kiro/specs/*/design.md" "**/.kiro/specs/*/tasks.md" "**/.kiro/specs/*/bugfix.md" "**/milestones/*/tasks/*.md" "**/.planning/ROADMAP.md" "**/*.prompt.md" "**/xprompts/**/*.md" "**/.xprompts/**/*.md" "**/.claude/commands/**/*.md" "**/.github/prompts/**/*.md" "**/*.prompty" "**/*.prompt")
  "Globs of the files the server reads besides `specls--file-names'.")

(defconst specls--prompt-extensions '("prompty" "prompt")
  "Extensions of prompt template files, opened in `specls-prompt-mode'.")

(defconst specls--markdown-languages '("specls-plan")
  "Languages that are Markdown read another way; each gets a LANGUAGE-mode.")

(defconst specls--server-settings '("rules" "files.plan" "files.requirements" "files.state" "files.project" "files.prompt" "files.gsd_plan" "files.skill" "files.claude_command" "files.vscode_prompt" "files.prompty" "files.dotprompt" "files.kiro_requirements" "files.kiro_design" "files.kiro_tasks" "files.speckit_spec" "files.speckit_plan" "files.speckit_tasks" "files.speckit_checklist" "files.speckit_constitution" "files.saga" "files.saga_milestone" "files.saga_task" "files.saga_progress" "files.gsd_roadmap" "files.specpilot_spec" "files.specpilot_plan" "files.specpilot_notes" "files.planByContent" "files.exclude" "files.respectGitignore" "diagnostics.debounceMs" "diagnostics.maxFindingsPerFile" "llm.provider" "llm.model" "llm.baseUrl" "llm.temperature" "llm.maxTokens" "llm.timeoutSeconds" "llm.maxRepairs" "llm.structuredOutput" "llm.prices")
  "Keys of `specls-settings' the server reads.
Dotted paths under the specls section.")
;; END GENERATED

;;;; Prompt templates

(defvar specls-prompt-font-lock-keywords
  `(("{{!--\\(?:.\\|\n\\)*?--}}\\|{{!.*?}}\\|{#\\(?:.\\|\n\\)*?#}" . font-lock-comment-face)
    ("{%-?\\s-*\\(end\\w*\\|if\\|elif\\|else\\|for\\|in\\|set\\|with\\|macro\\|call\\|block\\|extends\\|include\\|import\\|from\\|filter\\|raw\\)\\_>"
     1 font-lock-keyword-face)
    ("{{[#/^]\\s-*\\(\\(?:\\sw\\|\\s_\\)+\\)" 1 font-lock-keyword-face)
    ("{{>\\s-*\\(\\(?:\\sw\\|\\s_\\|/\\)+\\)" 1 font-lock-function-name-face)
    ("{{{?-?\\s-*\\([A-Za-z_@][A-Za-z0-9_.]*\\)" 1 font-lock-variable-name-face)
    ("\\${\\(input\\|file\\|selection\\|workspaceFolder\\)\\(:[^}]*\\)?}" . font-lock-variable-name-face)
    ("\\$\\(ARGUMENTS\\|[1-9]\\)\\_>" . font-lock-variable-name-face))
  "Template expressions: Jinja2, Handlebars and mustache tags and partials.")

(eval-and-compile
  (defun specls--prompt-parent-mode ()
    (if (require 'markdown-mode nil t) 'markdown-mode 'text-mode)))

(defmacro specls--define-prompt-mode ()
  `(define-derived-mode specls-prompt-mode ,(specls--prompt-parent-mode) "Prompt"
     "Major mode for prompt templates.
Markdown with template expressions and YAML frontmatter."
     (font-lock-add-keywords nil specls-prompt-font-lock-keywords 'append)))

(specls--define-prompt-mode)

;;;###autoload
(dolist (extension specls--prompt-extensions)
  (add-to-list 'auto-mode-alist (cons (concat "\\." (regexp-quote extension) "\\'") 'specls-prompt-mode)))

;; One mode per language of `specls--markdown-languages', such as `specls-plan-mode': Markdown that
;; the server reads as a plan whatever the file's name.
(dolist (language specls--markdown-languages)
  (eval `(define-derived-mode ,(intern (concat language "-mode")) ,(specls--prompt-parent-mode) ,language
           ,(format "Markdown that the server reads as language %s.\nFor specls-plan: a plan whatever its file name." language))
        t))

(defconst specls--markdown-language-modes
  (mapcar (lambda (language) (cons (intern (concat language "-mode")) language)) specls--markdown-languages)
  "Modes of `specls--markdown-languages', with the language id eglot and lsp-mode send.")

(defconst specls-major-modes
  (append '(markdown-mode gfm-mode specls-prompt-mode) (mapcar #'car specls--markdown-language-modes))
  "Major modes whose buffers may be spec or prompt files.")

;;;; Finding the server and Java

(defun specls--executable-p (file)
  (and file (file-executable-p file) (not (file-directory-p file))))

(defun specls--java-install-hint ()
  (format "install a JDK or JRE %d or newer (Debian/Ubuntu: sudo apt install openjdk-17-jre-headless; macOS: brew install openjdk@17), or set `specls-java-home'"
          specls--minimum-java))

(defun specls-find-java ()
  "Return (JAVA . SOURCE), or signal a `user-error' that says what to do."
  (let ((java-home (getenv "JAVA_HOME")))
    (cond
     ((and specls-java-home (not (string-empty-p specls-java-home)))
      (let ((java (expand-file-name "bin/java" specls-java-home)))
        (unless (specls--executable-p java)
          (user-error "specls: `specls-java-home' is %s, which holds no bin/java; set it to the folder of a Java %d+ runtime (the one holding bin/java), or to nil to use JAVA_HOME or the java on PATH"
                      specls-java-home specls--minimum-java))
        (cons java "specls-java-home")))
     ((and java-home (not (string-empty-p java-home)))
      (let ((java (expand-file-name "bin/java" java-home)))
        (unless (specls--executable-p java)
          (user-error "specls: JAVA_HOME is %s, which holds no bin/java; fix or unset JAVA_HOME, or set `specls-java-home'" java-home))
        (cons java "JAVA_HOME")))
     ((executable-find "java") (cons (executable-find "java") "PATH"))
     (t (user-error "specls: the server needs Java %d or newer and found none (no `specls-java-home', no JAVA_HOME, no java on PATH): %s"
                    specls--minimum-java (specls--java-install-hint))))))

(defun specls-java-release (java)
  "The feature release of JAVA (\"1.8\" reads as 8), or nil when it does not run."
  (with-temp-buffer
    (when (eq 0 (ignore-errors (call-process java nil t nil "-XshowSettings:properties" "-version")))
      (goto-char (point-min))
      (when (re-search-forward "java\\.specification\\.version = \\(?:1\\.\\)?\\([0-9]+\\)" nil t)
        (string-to-number (match-string 1))))))

(defun specls--launcher ()
  "The server command.
`specls-server-command', the launcher beside this file, or `specls' on PATH."
  (or specls-server-command
      (cl-loop for candidate in '("../../bin/specls" "../bin/specls")
               for path = (expand-file-name candidate specls--directory)
               when (specls--executable-p path) return (list path "lsp"))
      (when-let ((found (executable-find "specls"))) (list found "lsp"))
      (user-error "specls: no specls launcher found; put bin/specls of a specls checkout or release on PATH, or set `specls-server-command'")))

(defun specls--specls-launcher-p (command)
  (string= (file-name-nondirectory (car command)) "specls"))

(defun specls-needs-build-p (command)
  "Non-nil when the launcher of COMMAND must build the server before it starts."
  (and (specls--specls-launcher-p command)
       (eq 0 (ignore-errors (call-process (car command) nil nil nil "--launcher-needs-build")))))

(defun specls--process-environment (java)
  "`process-environment' for the server: JAVA_HOME of JAVA and `specls-vmargs'."
  (let ((environment (copy-sequence process-environment)))
    (when java
      (push (concat "JAVA_HOME=" (file-name-directory (directory-file-name (file-name-directory java)))) environment))
    (when specls-vmargs
      (push (concat "SPECLS_JAVA_OPTS=" (string-join specls-vmargs " ")) environment))
    environment))

(defun specls-server-contact ()
  "Check Java and return (COMMAND ENVIRONMENT NEEDS-BUILD).
Signal a `user-error' that says what to do when Java is missing."
  (let* ((command (specls--launcher))
         (java (when (or (null specls-server-command) (specls--specls-launcher-p command))
                 (let* ((found (specls-find-java))
                        (release (specls-java-release (car found))))
                   (cond
                    ((null release)
                     (user-error "specls: %s (from %s) does not run: %s" (car found) (cdr found) (specls--java-install-hint)))
                    ((< release specls--minimum-java)
                     (user-error "specls: %s (from %s) is Java %d; the server needs %d or newer: %s"
                                 (car found) (cdr found) release specls--minimum-java (specls--java-install-hint))))
                   (car found)))))
    (list command (specls--process-environment java) (specls-needs-build-p command))))

;;;; eglot

(defvar eglot-connect-timeout)
(defvar eglot-workspace-configuration)
(defvar eglot-server-programs)

(defun specls--wrap-environment (command environment)
  "COMMAND run under ENVIRONMENT through env(1).
eglot starts its process with the global environment."
  (append (list "env") (cl-remove-if-not (lambda (entry) (string-match-p "\\`\\(JAVA_HOME\\|SPECLS_JAVA_OPTS\\)=" entry)) environment)
          command))

(defun specls-eglot-contact (&optional _interactive)
  "The eglot contact for specls, after the Java check.
When the server needs a build first, eglot waits `specls-first-start-timeout'."
  (pcase-let ((`(,command ,environment ,needs-build) (specls-server-contact)))
    (when needs-build
      (setq-local eglot-connect-timeout (max specls-first-start-timeout (or eglot-connect-timeout 0)))
      (message "specls: building the server (first start on this checkout, about a minute); eglot connects when it is done"))
    (specls--ensure-eglot-configuration)
    (cons 'specls-eglot-server (specls--wrap-environment command environment))))

(defvar specls--configured-section nil
  "The `:specls' value specls put into `eglot-workspace-configuration'.
It tells specls's own section from one the user wrote.")

(defun specls--ensure-eglot-configuration ()
  "Answer the server's configuration request for `specls' with `specls-settings'.
Without an answer the server would drop its initializationOptions.
A `:specls' section the user wrote, or a function, is left alone."
  (let ((configuration (default-value 'eglot-workspace-configuration))
        (section (or specls-settings (make-hash-table))))
    (cond
     ((functionp configuration))
     ((not (plist-member configuration :specls))
      (setq specls--configured-section section)
      (setq-default eglot-workspace-configuration (append configuration (list :specls section))))
     ((eq (plist-get configuration :specls) specls--configured-section)
      (setq specls--configured-section section)
      (setq-default eglot-workspace-configuration (plist-put (copy-sequence configuration) :specls section))))))

(with-eval-after-load 'eglot
  (defclass specls-eglot-server (eglot-lsp-server) ()
    :documentation "The specls language server.")
  (cl-defmethod eglot-initialization-options ((_server specls-eglot-server))
    (or specls-settings (make-hash-table)))
  (add-to-list 'eglot-server-programs (cons specls-major-modes #'specls-eglot-contact)))

;;;###autoload
(defun specls-eglot-ensure ()
  "Start eglot with specls when this buffer is a spec or prompt file.
For `markdown-mode-hook' and `specls-prompt-mode-hook'."
  (when (and buffer-file-name (specls-spec-file-p buffer-file-name))
    (require 'eglot)
    (eglot-ensure)))

;;;; lsp-mode

(defvar lsp-language-id-configuration)
(declare-function lsp-register-client "lsp-mode")
(declare-function make-lsp-client "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(declare-function lsp-configuration-section "lsp-mode")
(declare-function eglot-reconnect "eglot")
(declare-function jsonrpc-request "jsonrpc")
(declare-function lsp-request "lsp-mode")
(declare-function project-roots "project")

(with-eval-after-load 'lsp-mode
  (dolist (mode specls-major-modes)
    (add-to-list 'lsp-language-id-configuration
                 (cons mode (or (cdr (assq mode specls--markdown-language-modes)) "markdown"))))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection
                     (lambda ()
                       (pcase-let ((`(,command ,environment ,needs-build) (specls-server-contact)))
                         (when needs-build
                           (message "specls: building the server (first start on this checkout, about a minute)"))
                         (specls--wrap-environment command environment))))
    :activation-fn (lambda (file-name _mode) (and file-name (specls-spec-file-p file-name)))
    :major-modes specls-major-modes
    :priority -1
    :add-on? t
    :server-id 'specls
    :initialization-options (lambda () (or specls-settings (make-hash-table)))
    :initialized-fn (lambda (workspace)
                      (with-no-warnings
                        (with-lsp-workspace workspace
                          (lsp--set-configuration (list :specls (or specls-settings (make-hash-table))))))))))

;;;; Which files

(defun specls--glob-regexp (glob)
  "GLOB as a regexp matched at the end of a path.
In GLOB, `**/' stands for any folders and `*' for any name inside one."
  (let ((regexp (regexp-quote (string-remove-prefix "**/" glob))))
    (setq regexp (replace-regexp-in-string (regexp-quote (regexp-quote "**/")) "\\(?:.*/\\)?" regexp t t))
    (setq regexp (replace-regexp-in-string (regexp-quote "\\*") "[^/]*" regexp t t))
    (concat "\\(?:\\`\\|/\\)" regexp "\\'")))

(defun specls-spec-file-p (file)
  "Non-nil when the server reads FILE.
That is a known name or location, or a buffer in a mode the server reads as a
plan whatever its name (`specls-plan-mode').  The server goes by names, never
by what a file's text looks like."
  (or (member (file-name-nondirectory file) specls--file-names)
      (member (file-name-extension file) specls--prompt-extensions)
      (cl-some (lambda (glob) (string-match-p (specls--glob-regexp glob) file)) specls--file-globs)
      (assq major-mode specls--markdown-language-modes)))

;;;; Commands

(defun specls--eglot-server ()
  (and (fboundp 'eglot-current-server) (eglot-current-server)))

(defun specls--execute (command arguments)
  "Run the server's COMMAND with ARGUMENTS through eglot or lsp-mode.
Return what the server answers."
  (cond
   ((specls--eglot-server)
    (jsonrpc-request (specls--eglot-server) :workspace/executeCommand
                     (list :command command :arguments (vconcat arguments))))
   ((and (fboundp 'lsp-workspaces) (lsp-workspaces))
    (lsp-request "workspace/executeCommand" (list :command command :arguments (vconcat arguments))))
   (t (user-error "specls: no specls server manages this buffer; open a PLAN.md and run M-x eglot (or lsp)"))))

(defun specls-show-graph ()
  "Show the plan of this spec set as a Mermaid flowchart."
  (interactive)
  (let* ((command (car (cl-find 'specls-show-graph specls--commands :key #'cadr)))
         (graph (specls--execute command (list (concat "file://" (expand-file-name buffer-file-name))))))
    (with-current-buffer (get-buffer-create "*specls graph*")
      (let ((inhibit-read-only t))
        (erase-buffer)
        (insert graph)
        (if (fboundp 'mermaid-mode) (mermaid-mode) (special-mode))
        (goto-char (point-min)))
      (display-buffer (current-buffer)))
    graph))

(defun specls--run-planning (function given)
  "Run the planning command that FUNCTION stands for on this buffer's file.
The argument object holds the file's URI and the command's inputs: GIVEN for
the first, the others asked for.  The server shows work-done progress and sends
its edit as workspace/applyEdit, which eglot or lsp-mode applies; the server's
message is shown.  Return the server's reply."
  (let* ((entry (cl-find function specls--commands :key #'cadr))
         (argument (list :uri (concat "file://" (expand-file-name buffer-file-name))))
         (first t))
    (dolist (input (nth 4 entry))
      (let ((value (if (and first given) given (read-string (concat (nth 1 input) ": ")))))
        (setq first nil)
        (when (and (string-empty-p value) (not (nth 2 input)))
          (user-error "specls: %s needs %s: nothing was run" (car entry) (car input)))
        (unless (string-empty-p value)
          (setq argument (append argument (list (intern (concat ":" (car input))) value))))))
    (let* ((reply (specls--execute (car entry) (list argument)))
           (text (specls--field reply "message")))
      (when text
        (message "specls: %s" text))
      reply)))

(dolist (entry specls--commands)
  ;; The planning commands: server-side, answering with an edit rather than something to show.
  (when (and (nth 2 entry) (equal (nth 3 entry) "none"))
    (let ((function (nth 1 entry))
          (inputs (nth 4 entry)))
      (defalias function
        (lambda (&optional given)
          (interactive (list (and inputs (read-string (concat (nth 1 (car inputs)) ": ")))))
          (specls--run-planning function given))
        (format "Run %s on this buffer's spec set; the model's checked answer comes as an edit.
%s" (car entry) (if inputs (format "GIVEN is its %s, asked for when called interactively." (car (car inputs))) "It takes no input."))))))

(defun specls--field (object name)
  "The field NAME of a JSON OBJECT as eglot (a plist) or lsp-mode (a hash table) decodes it."
  (if (hash-table-p object)
      (gethash name object)
    (plist-get object (intern (concat ":" name)))))

(defun specls-render-prompt ()
  "Render this prompt template with its defaults and show the text.
The engine's errors are shown as messages with their lines."
  (interactive)
  (let* ((command (car (cl-find 'specls-render-prompt specls--commands :key #'cadr)))
         (rendered (specls--execute command (list (concat "file://" (expand-file-name buffer-file-name)))))
         (text (specls--field rendered "text"))
         (errors (append (specls--field rendered "diagnostics") nil)))
    (dolist (diagnostic errors)
      (message "specls: line %d: %s"
               (1+ (specls--field (specls--field (specls--field diagnostic "range") "start") "line"))
               (specls--field diagnostic "message")))
    (with-current-buffer (get-buffer-create "*specls prompt*")
      (let ((inhibit-read-only t))
        (erase-buffer)
        (insert (or text ""))
        (if (fboundp 'markdown-mode) (markdown-mode) (special-mode))
        (goto-char (point-min)))
      (display-buffer (current-buffer)))
    rendered))

(defun specls--root ()
  (or (and (fboundp 'project-current) (project-current)
           (if (fboundp 'project-root) (project-root (project-current)) (car (project-roots (project-current)))))
      default-directory))

(defun specls-check ()
  "Run `specls check' on the workspace in a compilation buffer.
\\[next-error] visits each finding."
  (interactive)
  (let* ((command (car (specls-server-contact)))
         (default-directory (specls--root)))
    (compilation-start (mapconcat #'shell-quote-argument (list (car command) "check" "--format" "text" ".") " ")
                       'compilation-mode (lambda (_) "*specls check*"))))

(defun specls-restart ()
  "Restart the specls server of this buffer."
  (interactive)
  (cond
   ((specls--eglot-server) (call-interactively #'eglot-reconnect))
   ((fboundp 'lsp-workspace-restart) (call-interactively #'lsp-workspace-restart))
   (t (user-error "specls: no specls server manages this buffer"))))

(defun specls-show-log ()
  "Show what the server wrote to stderr."
  (interactive)
  (let ((buffer (cl-find-if (lambda (buffer) (string-match-p "\\*EGLOT .*specls.* stderr\\*\\|\\*specls::stderr\\*" (buffer-name buffer)))
                            (buffer-list))))
    (if buffer (display-buffer buffer) (user-error "specls: no server log yet"))))

(provide 'specls)
;;; specls.el ends here
