-- :checkhealth specls — Neovim, Java, the launcher and the running server.
local M = {}

-- Neovim 0.10 renamed the reporting functions (vim.health.start/ok/warn/error); 0.7-0.9 have health.report_*.
local health = vim.health or require("health")
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local error = health.error or health.report_error
local info = health.info or health.report_info

function M.check()
  local specls = require("specls")
  local launch = require("specls.launch")
  start("specls")
  local v = vim.version()
  ok(string.format("Neovim %d.%d.%d", v.major, v.minor, v.patch))

  local java, source = launch.find_java(specls.config)
  if not java then
    error(source)
  else
    local release = launch.java_release(java)
    if release and release >= launch.minimum_java then
      ok(string.format("Java %d at %s (from %s)", release, java, source))
    else
      error(string.format("%s (from %s) is %s; the server needs Java %d or newer", java, source,
        release and ("Java " .. release) or "not runnable", launch.minimum_java))
    end
  end

  local plan, problem = specls.launch_plan()
  if not plan then
    error(problem)
  else
    ok("server command: " .. table.concat(plan.cmd, " "))
    if plan.needs_build then
      warn("the launcher builds the server jar on its first start (about a minute); the editor waits for it")
    end
  end

  local clients = specls.clients()
  if #clients == 0 then
    info("no specls server is running: open a PLAN.md, REQUIREMENTS.md, STATE.md or prompt file")
  end
  for _, client in ipairs(clients) do
    local buffers = vim.tbl_count(client.attached_buffers or {})
    ok(string.format("server %d running for %s, %d buffer(s) attached", client.id, client.config.root_dir or "?", buffers))
  end
  info("log: " .. vim.lsp.get_log_path())
end

return M
