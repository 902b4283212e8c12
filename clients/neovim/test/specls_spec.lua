-- Headless Neovim test of the plugin, through Neovim's own LSP client. One scenario per Neovim
-- process, named by $SPECLS_SCENARIO; $SPECLS_WORK is a copy of examples/ the test may edit.
-- Prints "ok - …" / "not ok - …" per check and ends Neovim with exit status 1 when one failed.
local scenario = vim.env.SPECLS_SCENARIO
local work = vim.env.SPECLS_WORK
local passed, failed = 0, 0

local function report(ok, name, detail)
  if ok then
    passed = passed + 1
    io.stdout:write("ok - " .. scenario .. ": " .. name .. "\n")
  else
    failed = failed + 1
    io.stdout:write("not ok - " .. scenario .. ": " .. name .. (detail and (": " .. detail) or "") .. "\n")
  end
end

local function finish()
  io.stdout:write(string.format("neovim %s: %d passed, %d failed\n", scenario, passed, failed))
  for _, client in ipairs(vim.lsp.get_active_clients()) do
    client.stop(true)
  end
  vim.cmd(failed == 0 and "qall!" or "cquit! 1")
end

-- What the plugin tells the user, captured.
local notes = {}
vim.notify = function(message, level)
  table.insert(notes, { message = message, level = level })
end

local function noted(fragment)
  -- The plugin schedules its notifications: let the event loop deliver them first.
  vim.wait(2000, function()
    for _, note in ipairs(notes) do
      if note.message:find(fragment, 1, true) then
        return true
      end
    end
    return false
  end, 20)
  for _, note in ipairs(notes) do
    if note.message:find(fragment, 1, true) then
      return note
    end
  end
end

local function all_notes()
  local messages = {}
  for _, note in ipairs(notes) do
    table.insert(messages, note.message)
  end
  return table.concat(messages, " | ")
end

--- The 0-based position of the n-th match of `pattern` (a plain string) in the buffer, at `offset` into it.
local function find(bufnr, text, offset)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local at = line:find(text, 1, true)
    if at then
      return { line = index - 1, character = at - 1 + (offset or 0) }
    end
  end
  error("not in buffer: " .. text)
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n")
end

local function codes(bufnr)
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    local code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
    if code then
      found[code] = true
    end
  end
  return found
end

local function open(path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  return vim.api.nvim_get_current_buf()
end

local function wait_for_diagnostics(bufnr, timeout)
  return vim.wait(timeout or 120000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 100)
end

local specls = require("specls")

local scenarios = {}

-- Diagnostics, hover, definition, rename, :SpeclsCheck and :SpeclsGraph with the plugin's own discovery
-- of the launcher (the checkout's bin/specls, two folders above the plugin).
function scenarios.features()
  specls.setup({})
  local plan = open(work .. "/broken/PLAN.md")
  report(wait_for_diagnostics(plan), "diagnostics arrive for broken/PLAN.md", all_notes())
  local found = codes(plan)
  for _, code in ipairs({ "plan/dependency-cycle", "plan/dangling-dependency", "plan/verify-cannot-fail", "plan/files-comma-separated" }) do
    report(found[code], "diagnostic " .. code, vim.inspect(vim.tbl_keys(found)))
  end
  local client = specls.client_for(plan)
  report(client ~= nil, "client attached to the plan buffer")
  report(vim.bo[plan].omnifunc == "v:lua.vim.lsp.omnifunc", "omnifunc set for completion", vim.bo[plan].omnifunc)

  -- Hover on the 1.2 of task 1.1's depends_on="1.2".
  local on_dependency = find(plan, 'depends_on="1.2"', #'depends_on="')
  local hover = client.request_sync("textDocument/hover", {
    textDocument = { uri = vim.uri_from_bufnr(plan) },
    position = on_dependency,
  }, 20000, plan)
  local contents = hover and hover.result and hover.result.contents
  local value = type(contents) == "table" and (contents.value or vim.inspect(contents)) or tostring(contents)
  report(value:find("Task 1.2", 1, true) and value:find("Sign-up endpoint", 1, true), "hover shows the task card", value)

  -- Go to definition through vim.lsp.buf.definition(): the cursor lands on task 1.2.
  vim.api.nvim_win_set_cursor(0, { on_dependency.line + 1, on_dependency.character })
  vim.lsp.buf.definition()
  local target = find(plan, '<task id="1.2"')
  local moved = vim.wait(20000, function()
    return vim.api.nvim_win_get_cursor(0)[1] == target.line + 1
  end, 50)
  report(moved, "go to definition jumps to <task id=\"1.2\">", vim.inspect(vim.api.nvim_win_get_cursor(0)))

  -- Rename task 1.2 of the bookmarks plan to 1.3: PLAN.md and STATE.md change, unsaved.
  local bookmarks = open(work .. "/bookmarks/PLAN.md")
  report(vim.wait(60000, function()
    return specls.client_for(bookmarks) ~= nil
  end, 50), "client attached to bookmarks/PLAN.md")
  -- Rename needs STATE.md indexed: wait until the folder scan found it.
  local on_id = find(bookmarks, '<task id="1.2"', #'<task id="')
  vim.wait(60000, function()
    local references = specls.client_for(bookmarks).request_sync("textDocument/references", {
      textDocument = { uri = vim.uri_from_bufnr(bookmarks) },
      position = on_id,
      context = { includeDeclaration = true },
    }, 5000, bookmarks)
    return vim.inspect(references and references.result or {}):find("STATE.md", 1, true) ~= nil
  end, 200)
  vim.api.nvim_win_set_cursor(0, { on_id.line + 1, on_id.character })
  vim.lsp.buf.rename("1.3")
  local renamed = vim.wait(20000, function()
    return buffer_text(bookmarks):find('<task id="1.3"', 1, true) ~= nil
  end, 50)
  local text = buffer_text(bookmarks)
  report(renamed and not text:find('"1.2"', 1, true) and select(2, text:gsub('depends_on="1.3"', "")) == 2,
    "rename rewrites the task and both depends_on in PLAN.md", text:match("[^\n]*1%.[23][^\n]*"))
  local state = vim.fn.bufnr(work .. "/bookmarks/STATE.md")
  local state_text = state ~= -1 and buffer_text(state) or ""
  report(state_text:find("Current Task:** 1.3", 1, true) and state_text:find("Next Task:** 1.3", 1, true),
    "rename edits the STATE.md buffer", state_text)

  -- :SpeclsCheck fills the quickfix list from `specls check --format json`.
  local items
  require("specls.check").run(specls, { root = work, open = false, on_done = function(result)
    items = result
  end })
  vim.wait(120000, function()
    return items ~= nil
  end, 100)
  local qf = vim.fn.getqflist()
  local has_cycle = false
  for _, item in ipairs(qf) do
    if item.text:find("[plan/dependency-cycle]", 1, true) and vim.api.nvim_buf_get_name(item.bufnr):find("broken/PLAN.md", 1, true) then
      has_cycle = item.lnum == 8 and item.col > 1
    end
  end
  report(#qf > 0 and has_cycle, ":SpeclsCheck fills the quickfix list (cycle at broken/PLAN.md:8)", tostring(#qf) .. " items " .. all_notes())

  -- :SpeclsGraph shows the Mermaid flowchart.
  vim.api.nvim_set_current_buf(plan)
  vim.cmd("SpeclsGraph")
  local shown = vim.wait(20000, function()
    local graph = vim.fn.bufnr("specls-graph")
    return graph ~= -1 and buffer_text(graph):find("flowchart", 1, true) ~= nil
  end, 50)
  report(shown, ":SpeclsGraph opens the Mermaid flowchart", all_notes())
  report(vim.fn.exists(":SpeclsRestart") == 2 and vim.fn.exists(":SpeclsLog") == 2, ":SpeclsRestart and :SpeclsLog exist")

  -- A Markdown file of any name is read as a plan once its filetype is specls-plan.
  local notes = open(work .. "/broken/notes.md")
  report(specls.client_for(notes) == nil, "a Markdown file of another name is not attached by default")
  vim.bo[notes].filetype = "specls-plan"
  report(wait_for_diagnostics(notes, 60000) and codes(notes)["plan/dangling-dependency"], "filetype specls-plan: notes.md gets plan diagnostics",
    vim.inspect(vim.tbl_keys(codes(notes))))
  report(vim.bo[notes].syntax == "markdown", "filetype specls-plan keeps Markdown syntax", vim.bo[notes].syntax)

  -- The planning commands are user commands that send one argument object: the estimate needs no model,
  -- and a run without a provider is told the server's message.
  for _, ex in ipairs({ "SpeclsGeneratePlan", "SpeclsReplan", "SpeclsPlanRequirement", "SpeclsSuggestVerify", "SpeclsSplitTask",
    "SpeclsReviewPhase", "SpeclsGenerateRequirements", "SpeclsEstimate" }) do
    report(vim.fn.exists(":" .. ex) == 2, ":" .. ex .. " exists")
  end
  local requirements = open(work .. "/bookmarks/REQUIREMENTS.md")
  vim.wait(60000, function()
    return specls.client_for(requirements) ~= nil
  end, 50)
  local estimate
  specls.run_planning("SpeclsEstimate", requirements, "generatePlan", function(err, result)
    estimate = { err = err, result = result }
  end)
  vim.wait(60000, function()
    return estimate ~= nil
  end, 50)
  report(estimate and estimate.err == nil and estimate.result.command == "generatePlan" and #estimate.result.steps > 0,
    ":SpeclsEstimate generatePlan answers the steps of the command", vim.inspect(estimate))
  vim.cmd("SpeclsPlanRequirement REQ-1")
  report(noted("no LLM provider is configured") ~= nil, ":SpeclsPlanRequirement without a provider tells the server's message", all_notes())

  -- :checkhealth specls runs and reports Java.
  vim.cmd("checkhealth specls")
  local health = buffer_text(0)
  report(health:find("Java %d+ at") ~= nil, ":checkhealth specls reports Java", health)
end

-- :SpeclsGeneratePlan against a loopback model: the server's edit creates PLAN.md in the buffer, unsaved.
function scenarios.planning()
  vim.env.SPECLS_LLM_API_KEY = "sk-editor-test"
  specls.setup({ settings = { llm = { provider = "openai", model = "test-model", baseUrl = vim.env.SPECLS_MODEL_URL } } })
  local requirements = open(work .. "/fresh/REQUIREMENTS.md")
  report(vim.wait(60000, function()
    return specls.client_for(requirements) ~= nil
  end, 50), "client attached to fresh/REQUIREMENTS.md")
  local reply
  specls.run_planning("SpeclsGeneratePlan", requirements, nil, function(err, result)
    reply = { err = err, result = result }
  end)
  vim.wait(120000, function()
    return reply ~= nil
  end, 100)
  report(reply and reply.err == nil and reply.result.applied == true, ":SpeclsGeneratePlan applies the server's edit", vim.inspect(reply))
  local plan = vim.fn.bufnr(work .. "/fresh/PLAN.md")
  report(plan ~= -1 and buffer_text(plan):find('<task id="1.1">', 1, true) ~= nil, "the edit created PLAN.md with the model's plan",
    plan ~= -1 and buffer_text(plan) or "no PLAN.md buffer")
  local sent = table.concat(vim.fn.readfile(vim.env.SPECLS_MODEL_REQUESTS), "\n")
  report(sent:find("REQ-5", 1, true) ~= nil, "the request quotes REQUIREMENTS.md", sent:sub(1, 200))
  report(noted("generatePlan: a clean plan") ~= nil, "the server's message is told", all_notes())
end

-- No Java anywhere: the message says what to install and where to set java_home.
function scenarios.missing_java()
  vim.env.JAVA_HOME = nil
  vim.env.PATH = vim.env.SPECLS_EMPTY_PATH
  specls.setup({})
  open(work .. "/broken/PLAN.md")
  local note = noted("needs Java 17 or newer and found none")
  report(note and note.level == vim.log.levels.ERROR and note.message:find("apt install", 1, true) and note.message:find("java_home", 1, true),
    "missing Java: says what to install and how to point at one", all_notes())
  report(#specls.clients() == 0, "missing Java: no server started")
end

function scenarios.wrong_java_home()
  specls.setup({ java_home = work .. "/no-such-jdk" })
  open(work .. "/broken/PLAN.md")
  report(noted("holds no bin/java") and noted("Point java_home"), "wrong java_home: says it holds no bin/java and what to set", all_notes())
end

function scenarios.old_java()
  specls.setup({ java_home = vim.env.SPECLS_OLD_JAVA_HOME })
  open(work .. "/broken/PLAN.md")
  report(noted("is Java 11; the server needs 17 or newer"), "Java 11: says 17 or newer is needed", all_notes())
end

-- A server that dies at start: the message says so, quotes its stderr, and points at the log and health check.
function scenarios.crash_at_start()
  vim.lsp.set_log_level("warn")
  specls.setup({ cmd = { vim.env.SPECLS_CRASHING_LAUNCHER, "lsp" } })
  open(work .. "/broken/PLAN.md")
  local shown = vim.wait(20000, function()
    return noted("before it started") ~= nil
  end, 50)
  local note = noted("before it started")
  report(shown and note.message:find("exited with code 1", 1, true) and note.message:find(":checkhealth specls", 1, true),
    "crash at start: says it exited and what to run", all_notes())
  report(note and note.message:find("Could not reserve enough space", 1, true), "crash at start: quotes the server's stderr", all_notes())
end

-- A fresh checkout: the launcher builds first (here: a launcher that takes 40 s, longer than eglot's
-- 30 s default). The client says it is building, waits, and attaches.
function scenarios.first_start()
  specls.setup({ cmd = { vim.env.SPECLS_SLOW_LAUNCHER, "lsp" } })
  local plan = open(work .. "/broken/PLAN.md")
  report(noted("building the server") ~= nil, "first start: says the server is being built", all_notes())
  report(wait_for_diagnostics(plan, 180000), "first start: diagnostics arrive after the build", all_notes())
end

local ok, err = pcall(scenarios[scenario])
if not ok then
  report(false, "scenario ran without error", err)
end
finish()
