-- :SpeclsCheck — runs `specls check --format json` on the workspace and fills the quickfix list, so
-- findings in files that are not open are one :cnext away.
local M = {}

local quickfix_types = { error = "E", warning = "W", information = "I", hint = "N" }

--- The quickfix items of a `specls check --format json` report; paths are relative to `cwd`.
function M.items(report, cwd)
  local items = {}
  for _, diagnostic in ipairs(report.diagnostics or {}) do
    local path = diagnostic.file
    if path:sub(1, 1) ~= "/" then
      path = cwd .. "/" .. path
    end
    local start = diagnostic.range.start
    local col = start.character
    -- Columns are UTF-16 code units; the quickfix list counts bytes.
    local bufnr = vim.fn.bufnr(path)
    if bufnr ~= -1 and vim.api.nvim_buf_is_loaded(bufnr) then
      local line = vim.api.nvim_buf_get_lines(bufnr, start.line, start.line + 1, false)[1]
      if line then
        local ok, byte = pcall(vim.str_byteindex, line, col, true)
        if ok then
          col = byte
        end
      end
    end
    table.insert(items, {
      filename = path,
      lnum = start.line + 1,
      col = col + 1,
      end_lnum = diagnostic.range["end"].line + 1,
      type = quickfix_types[diagnostic.severity] or "E",
      text = "[" .. diagnostic.code .. "] " .. diagnostic.message:gsub("\n", " "),
    })
  end
  return items
end

--- Runs the check in the background; opts.on_done(items) is called after the list is filled.
function M.run(specls, opts)
  local plan, problem = specls.launch_plan()
  if not plan then
    specls.notify(problem, vim.log.levels.ERROR)
    return
  end
  local bufname = vim.api.nvim_buf_get_name(0)
  local root = opts.root or (bufname ~= "" and specls.root_dir(bufname)) or vim.fn.getcwd()
  local cmd = { plan.cmd[1], "check", "--format", "json", "." }
  local stdout, stderr = {}, {}
  local env = vim.tbl_extend("force", vim.fn.environ(), plan.env)
  local job = vim.fn.jobstart(cmd, {
    cwd = root,
    env = env,
    clear_env = true,
    stdout_buffered = true,
    stderr_buffered = true,
    on_stdout = function(_, data)
      stdout = data
    end,
    on_stderr = function(_, data)
      stderr = data
    end,
    on_exit = function(_, code)
      -- 0: clean, 1: findings at a failing severity; anything else is a usage, I/O or internal error.
      if code ~= 0 and code ~= 1 then
        specls.notify("specls check failed (exit " .. code .. "): " .. table.concat(stderr, "\n"), vim.log.levels.ERROR)
        return
      end
      local ok, report = pcall(vim.fn.json_decode, table.concat(stdout, "\n"))
      if not ok or type(report) ~= "table" then
        specls.notify("specls check printed no JSON report: " .. table.concat(stderr, "\n"), vim.log.levels.ERROR)
        return
      end
      local items = M.items(report, root)
      vim.fn.setqflist({}, " ", { title = "specls check " .. root, items = items })
      if opts.open ~= false then
        if #items > 0 then
          vim.cmd("copen")
        else
          specls.notify("specls check: no findings in " .. report.files .. " files")
        end
      end
      if opts.on_done then
        opts.on_done(items)
      end
    end,
  })
  if job <= 0 then
    specls.notify("could not run " .. cmd[1], vim.log.levels.ERROR)
  end
end

return M
