-- specls for Neovim 0.7 and later: starts the server for spec and prompt files through Neovim's own
-- LSP client (vim.lsp.start_client on 0.7, vim.lsp.start on 0.8-0.10, vim.lsp.config/enable on 0.11+),
-- checks for Java first and says what to do when something is missing, and adds :SpeclsCheck,
-- :SpeclsGraph, :SpeclsRestart and :SpeclsLog.
local contributions = require("specls.contributions")
local launch = require("specls.launch")

local M = {}

local defaults = {
  -- The server command. nil: the checkout's or release's bin/specls beside this plugin, else `specls` on PATH.
  cmd = nil,
  -- Folder of a Java 17+ runtime (holding bin/java). nil: JAVA_HOME, then `java` on PATH.
  java_home = nil,
  -- Extra JVM options, such as { "-Xmx1g" }.
  vmargs = {},
  -- Filetypes whose buffers may be spec or prompt files; for Markdown the file's name decides
  -- (is_spec_file), a buffer of filetype specls-plan is a plan whatever its name.
  filetypes = vim.list_extend({ "markdown" }, vim.deepcopy(contributions.markdown_languages)),
  -- The server's settings, the same keys as .specls.toml: { rules = { ["plan/broad-task"] = "off" }, ... }.
  settings = {},
  -- Called with (client, bufnr) after the server attaches to a buffer.
  on_attach = nil,
  -- Start the server for every buffer of `filetypes`, not only known spec and prompt files.
  all_markdown = false,
}

M.config = vim.deepcopy(defaults)
M.client_name = "specls"

local function notify(message, level)
  vim.schedule(function()
    vim.notify("specls: " .. message, level or vim.log.levels.INFO)
  end)
end
M.notify = notify

local function version_at_least(minor)
  local v = vim.version()
  return v.major > 0 or v.minor >= minor
end

---------------------------------------------------------------------------------------------------
-- Which buffers are specls files

local function glob_to_pattern(glob)
  -- A '**/' prefix matches any folder or none; '*' stays inside one path segment.
  local pattern = glob:gsub("[%^%$%(%)%%%.%[%]%+%-%?]", "%%%0")
  pattern = pattern:gsub("%*%*/", "\1"):gsub("%*", "[^/]*"):gsub("\1", ".-/?")
  return pattern .. "$"
end

local glob_patterns = {}
for _, glob in ipairs(contributions.file_globs) do
  table.insert(glob_patterns, glob_to_pattern("/" .. glob:gsub("^%*%*/", "")))
end

--- True when the server reads this file: a known name or location, a prompt extension, or a buffer
--- whose filetype the server reads as a plan whatever its name (specls-plan). The server reads
--- files by name, never by what their text looks like.
function M.is_spec_file(path, bufnr)
  local name = vim.fn.fnamemodify(path, ":t")
  for _, known in ipairs(contributions.file_names) do
    if name == known then
      return true
    end
  end
  for _, extension in ipairs(contributions.extensions) do
    if vim.fn.fnamemodify(path, ":e") == extension then
      return true
    end
  end
  for _, pattern in ipairs(glob_patterns) do
    if path:match(pattern) then
      return true
    end
  end
  return bufnr ~= nil and vim.tbl_contains(contributions.markdown_languages, vim.bo[bufnr].filetype)
end

local function find_up(start, markers)
  local dir = start
  while dir and dir ~= "" do
    for _, marker in ipairs(markers) do
      if vim.loop.fs_stat(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      return nil
    end
    dir = parent
  end
  return nil
end

M.root_markers = { ".specls.toml", ".git" }

--- The workspace folder of a file: the nearest folder with .specls.toml or .git, else the file's folder.
function M.root_dir(path)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  return find_up(dir, M.root_markers) or dir
end

---------------------------------------------------------------------------------------------------
-- Starting the server

local started = {} -- root -> { id = client id, initialized = bool }

local function client_config(root, launch_plan)
  local config = M.config
  local state = { initialized = false }
  return {
    name = M.client_name,
    cmd = launch_plan.cmd,
    cmd_env = launch_plan.env,
    root_dir = root,
    workspace_folders = root and { { uri = vim.uri_from_fname(root), name = root } } or nil,
    init_options = config.settings,
    settings = { specls = config.settings },
    on_init = function()
      state.initialized = true
    end,
    on_attach = function(client, bufnr)
      -- Neovim 0.7 sets no omnifunc for LSP buffers; later versions do when none is set.
      if vim.bo[bufnr].omnifunc == "" then
        vim.bo[bufnr].omnifunc = "v:lua.vim.lsp.omnifunc"
      end
      if config.on_attach then
        config.on_attach(client, bufnr)
      end
    end,
    on_exit = function(code, signal)
      if root then
        started[root] = nil
      end
      if not state.initialized and (code ~= 0 or signal ~= 0) then
        -- The exit can be seen before the last of stderr reaches the log: give it a moment.
        vim.defer_fn(function()
          notify(launch.crash_message(code, signal, launch_plan), vim.log.levels.ERROR)
        end, 300)
      end
    end,
    handlers = {
      -- The server asks for the `specls` section; answer with the settings given to setup().
      ["workspace/configuration"] = function(_, params)
        local answers = {}
        for _, item in ipairs(params.items or {}) do
          table.insert(answers, item.section == "specls" and M.config.settings or vim.NIL)
        end
        return answers
      end,
    },
  }
end

--- Plans how to start the server, or returns nil and the message that says what to do.
function M.launch_plan()
  return launch.plan(M.config, M.plugin_root())
end

function M.plugin_root()
  local source = debug.getinfo(1, "S").source:sub(2)
  return vim.fn.fnamemodify(source, ":p:h:h:h")
end

local reported = {}
local function report_once(message)
  if not reported[message] then
    reported[message] = true
    notify(message, vim.log.levels.ERROR)
  end
end

--- Starts (or reuses) the server for the buffer's workspace and attaches it. Returns the client id.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local path = vim.api.nvim_buf_get_name(bufnr)
  if path == "" then
    return nil
  end
  local root = M.root_dir(path)
  local existing = started[root]
  if existing and vim.lsp.get_client_by_id(existing.id) then
    vim.lsp.buf_attach_client(bufnr, existing.id)
    return existing.id
  end
  local plan, problem = M.launch_plan()
  if not plan then
    report_once(problem)
    return nil
  end
  if plan.needs_build then
    notify("building the server (first start on this checkout, about a minute); it attaches when the build is done")
  end
  local config = client_config(root, plan)
  local id
  if version_at_least(8) then
    id = vim.lsp.start(config, { bufnr = bufnr })
  else
    id = vim.lsp.start_client(config)
    if id then
      vim.lsp.buf_attach_client(bufnr, id)
    end
  end
  if id then
    started[root] = { id = id }
  end
  return id
end

--- The clients that serve specls, on every version.
-- Neovim 0.11 made client methods take the client as self (client:request) and renamed
-- get_active_clients to get_clients; these helpers call each version its own way.
local method_calls = version_at_least(11)

local function call(client, method, ...)
  if method_calls then
    return client[method](client, ...)
  end
  return client[method](...)
end
M.call = call

function M.clients()
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  local mine = {}
  for _, client in ipairs(all) do
    if client.name == M.client_name then
      table.insert(mine, client)
    end
  end
  return mine
end

function M.client_for(bufnr)
  for _, client in ipairs(M.clients()) do
    if vim.lsp.buf_is_attached(bufnr, client.id) then
      return client
    end
  end
  return nil
end

local function should_attach(bufnr)
  local path = vim.api.nvim_buf_get_name(bufnr)
  return path ~= "" and vim.bo[bufnr].buftype == "" and (M.config.all_markdown or M.is_spec_file(path, bufnr))
end

---------------------------------------------------------------------------------------------------
-- Commands

local function command_entry(ex)
  for _, command in ipairs(contributions.commands) do
    if command.ex == ex then
      return command
    end
  end
end

function M.check(opts)
  require("specls.check").run(M, opts or {})
end

function M.show_graph(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.client_for(bufnr)
  if not client then
    notify("no specls server is attached to this buffer: open a PLAN.md, REQUIREMENTS.md or STATE.md first", vim.log.levels.WARN)
    return
  end
  local command = command_entry("SpeclsGraph")
  call(client, "request", "workspace/executeCommand", { command = command.id, arguments = { vim.uri_from_bufnr(bufnr) } }, function(err, result)
    if err then
      notify(err.message or tostring(err), vim.log.levels.ERROR)
      return
    end
    M.open_scratch("specls-graph", vim.split(result, "\n", { plain = true }), "mermaid")
  end, bufnr)
end

-- The prompt preview: the rendered text in a scratch buffer, the engine's errors as diagnostics of the template.
function M.render_prompt(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.client_for(bufnr)
  if not client then
    notify("no specls server is attached to this buffer: open a prompt template first", vim.log.levels.WARN)
    return
  end
  local command = command_entry("SpeclsRender")
  call(client, "request", "workspace/executeCommand", { command = command.id, arguments = { vim.uri_from_bufnr(bufnr) } }, function(err, result)
    if err then
      notify(err.message or tostring(err), vim.log.levels.ERROR)
      return
    end
    local namespace = vim.api.nvim_create_namespace("specls-render")
    vim.diagnostic.set(namespace, bufnr, vim.tbl_map(function(diagnostic)
      return {
        lnum = diagnostic.range.start.line,
        col = diagnostic.range.start.character,
        end_lnum = diagnostic.range["end"].line,
        end_col = diagnostic.range["end"].character,
        message = diagnostic.message,
        severity = vim.diagnostic.severity.ERROR,
        source = "specls",
        code = diagnostic.code,
      }
    end, result.diagnostics or {}))
    M.open_scratch("specls-prompt-preview", vim.split(result.text or "", "\n", { plain = true }), "markdown")
  end, bufnr)
end

-- A planning command (Generate Plan, Replan, …): one argument object, the buffer's URI and the inputs the
-- command takes, given on the command line (`:SpeclsPlanRequirement REQ-3`) or asked for. The server shows
-- work-done progress (cancellable) and sends the edit as workspace/applyEdit, which Neovim's client applies;
-- what it answers is told with vim.notify. `on_result` (tests) receives the server's reply object.
function M.run_planning(ex, bufnr, given, on_result)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local command = command_entry(ex)
  local client = M.client_for(bufnr)
  if not client then
    notify("no specls server is attached to this buffer: open a file of the spec set first", vim.log.levels.WARN)
    return
  end
  local argument = { uri = vim.uri_from_bufnr(bufnr) }
  for index, input in ipairs(command.inputs) do
    local value = index == 1 and given ~= nil and given ~= "" and given or nil
    if value == nil then
      value = vim.fn.input(input.prompt .. ": ")
    end
    if value == "" and not input.optional then
      notify(command.id .. " needs " .. input.name .. ": nothing was run", vim.log.levels.WARN)
      return
    end
    if value ~= "" then
      argument[input.name] = value
    end
  end
  call(client, "request", "workspace/executeCommand", { command = command.id, arguments = { argument } }, function(err, result)
    if err then
      notify(err.message or tostring(err), vim.log.levels.ERROR)
    elseif type(result) == "table" and result.message then
      notify(result.message, result.applied == false and vim.log.levels.WARN or vim.log.levels.INFO)
    elseif type(result) == "table" then
      notify(vim.inspect(result))
    end
    if on_result then
      on_result(err, result)
    end
  end, bufnr)
end

function M.open_scratch(name, lines, filetype)
  local buf = vim.fn.bufnr(name)
  if buf == -1 then
    buf = vim.api.nvim_create_buf(false, true)
    vim.api.nvim_buf_set_name(buf, name)
  end
  vim.bo[buf].modifiable = true
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].filetype = filetype
  vim.bo[buf].modifiable = false
  if vim.fn.bufwinnr(buf) == -1 then
    vim.cmd("botright split")
    vim.api.nvim_win_set_buf(0, buf)
  end
  return buf
end

function M.restart()
  local buffers = {}
  for _, client in ipairs(M.clients()) do
    for bufnr in pairs(client.attached_buffers or {}) do
      table.insert(buffers, bufnr)
    end
    call(client, "stop")
  end
  started = {}
  reported = {}
  vim.defer_fn(function()
    for _, bufnr in ipairs(buffers) do
      if vim.api.nvim_buf_is_valid(bufnr) then
        M.attach(bufnr)
      end
    end
  end, 500)
end

function M.show_log()
  vim.cmd("split " .. vim.fn.fnameescape(vim.lsp.get_log_path()))
end

local actions = {
  SpeclsCheck = function()
    M.check()
  end,
  SpeclsGraph = function()
    M.show_graph(0)
  end,
  SpeclsRender = function()
    M.render_prompt(0)
  end,
  SpeclsRestart = M.restart,
  SpeclsLog = M.show_log,
}

local function create_commands()
  for _, command in ipairs(contributions.commands) do
    local action = actions[command.ex]
    local nargs = 0
    if not action and command.server and command.result == "none" then
      -- The planning commands: the first input may follow the command's name (the rest of the line).
      action = function(args)
        M.run_planning(command.ex, 0, args.args)
      end
      nargs = #command.inputs > 0 and "?" or 0
    end
    if not action then
      error("specls: no action for command " .. command.ex)
    end
    vim.api.nvim_create_user_command(command.ex, action, { desc = command.description, nargs = nargs })
  end
end

---------------------------------------------------------------------------------------------------
-- setup

function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts or {})
  -- An empty Lua table encodes as a JSON array; the server's settings are an object.
  if vim.tbl_isempty(M.config.settings) then
    M.config.settings = vim.empty_dict()
  end
  create_commands()

  local group = vim.api.nvim_create_augroup("specls", { clear = true })
  if version_at_least(11) and vim.lsp.config and vim.lsp.enable and M.config.use_lsp_enable ~= false then
    M.enable_native()
    return
  end

  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      if should_attach(args.buf) then
        M.attach(args.buf)
      end
    end,
  })
  -- Buffers opened before setup() ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.config.filetypes, vim.bo[bufnr].filetype) and should_attach(bufnr) then
      M.attach(bufnr)
    end
  end
end

--- Neovim 0.11+: hand the configuration to vim.lsp.config and let vim.lsp.enable attach buffers.
function M.enable_native()
  local plan, problem = M.launch_plan()
  if not plan then
    report_once(problem)
    return
  end
  local config = client_config(nil, plan)
  config.root_dir = function(bufnr, on_dir)
    if should_attach(bufnr) then
      on_dir(M.root_dir(vim.api.nvim_buf_get_name(bufnr)))
    end
  end
  config.workspace_folders = nil
  config.filetypes = M.config.filetypes
  vim.lsp.config(M.client_name, config)
  vim.lsp.enable(M.client_name)
end

return M
