-- How to start the server: which launcher, which Java, and what to tell the user when either is
-- missing or the server dies before it answers.
local M = {}

M.minimum_java = 17

local function executable(path)
  return path ~= nil and path ~= "" and vim.fn.executable(path) == 1
end

--- The Java feature release of a java binary ("1.8" reads as 8), or nil when it does not run.
function M.java_release(java)
  local output = vim.fn.system({ java, "-XshowSettings:properties", "-version" })
  if vim.v.shell_error ~= 0 then
    return nil
  end
  local spec = output:match("java%.specification%.version = ([%d%.]+)")
  if not spec then
    return nil
  end
  spec = spec:gsub("^1%.", "")
  return tonumber(spec:match("^(%d+)"))
end

local install_hint = "install a JDK or JRE " .. M.minimum_java .. " or newer (Debian/Ubuntu: sudo apt install openjdk-17-jre-headless; "
  .. "macOS: brew install openjdk@17; Windows: winget install Microsoft.OpenJDK.17)"

--- The java binary to use and where it came from, or nil and a message saying what to do.
function M.find_java(config)
  if config.java_home and config.java_home ~= "" then
    local java = config.java_home .. "/bin/java"
    if not executable(java) then
      return nil, "java_home is " .. config.java_home .. ", which holds no bin/java. Point java_home in "
        .. "require('specls').setup{} at the folder of a Java " .. M.minimum_java .. "+ runtime (the one that holds bin/java), "
        .. "or remove it to use JAVA_HOME or the java on PATH."
    end
    return java, "java_home"
  end
  local java_home = vim.env.JAVA_HOME
  if java_home and java_home ~= "" then
    local java = java_home .. "/bin/java"
    if not executable(java) then
      return nil, "JAVA_HOME is " .. java_home .. ", which holds no bin/java. Fix or unset JAVA_HOME, or set java_home in "
        .. "require('specls').setup{}."
    end
    return java, "JAVA_HOME"
  end
  if executable("java") then
    return vim.fn.exepath("java"), "PATH"
  end
  return nil, "the server needs Java " .. M.minimum_java .. " or newer and found none (no java_home in setup{}, no JAVA_HOME, "
    .. "no java on PATH): " .. install_hint .. ", or set java_home in require('specls').setup{}."
end

--- The launcher: the user's cmd, else bin/specls of the checkout or release this plugin sits in, else `specls` on PATH.
function M.find_launcher(config, plugin_root)
  if config.cmd then
    return config.cmd, "cmd"
  end
  for _, candidate in ipairs({ plugin_root .. "/../../bin/specls", plugin_root .. "/../bin/specls" }) do
    local path = vim.fn.fnamemodify(candidate, ":p")
    if executable(path) then
      return { path, "lsp" }, "bundled"
    end
  end
  if executable("specls") then
    return { vim.fn.exepath("specls"), "lsp" }, "PATH"
  end
  return nil
end

local function is_specls_launcher(cmd)
  return type(cmd) == "table" and vim.fn.fnamemodify(cmd[1], ":t") == "specls"
end

--- Whether the launcher has to build the jar before the server can start (a fresh checkout).
function M.needs_build(cmd)
  if not is_specls_launcher(cmd) then
    return false
  end
  vim.fn.system({ cmd[1], "--launcher-needs-build" })
  return vim.v.shell_error == 0
end

--- { cmd, env, java, needs_build } or nil and the message that says what to do.
function M.plan(config, plugin_root)
  local cmd, source = M.find_launcher(config, plugin_root)
  if not cmd then
    return nil, "no specls launcher found: put bin/specls of a specls checkout or release on PATH, or pass "
      .. "cmd = { '/path/to/specls', 'lsp' } to require('specls').setup{}."
  end
  local env = {}
  local java, java_source
  -- A custom command that is not the specls launcher starts its own Java, or none.
  if source ~= "cmd" or is_specls_launcher(cmd) then
    local problem
    java, problem = M.find_java(config)
    if not java then
      return nil, problem
    end
    java_source = problem
    local release = M.java_release(java)
    if not release then
      return nil, java .. " (from " .. java_source .. ") does not run: " .. install_hint .. ", or set java_home in require('specls').setup{}."
    end
    if release < M.minimum_java then
      return nil, java .. " (from " .. java_source .. ") is Java " .. release .. "; the server needs " .. M.minimum_java
        .. " or newer: " .. install_hint .. ", or set java_home in require('specls').setup{}."
    end
    env.JAVA_HOME = vim.fn.fnamemodify(java, ":p:h:h")
  end
  if config.vmargs and #config.vmargs > 0 then
    env.SPECLS_JAVA_OPTS = table.concat(config.vmargs, " ")
  end
  return { cmd = cmd, env = env, java = java, needs_build = M.needs_build(cmd) }
end

--- The last lines the server wrote to stderr, as Neovim's LSP log holds them.
function M.stderr_tail(max_lines)
  local ok, lines = pcall(vim.fn.readfile, vim.lsp.get_log_path(), "", -400)
  if not ok then
    return {}
  end
  local tail = {}
  for _, line in ipairs(lines) do
    local text = line:match('"stderr"%s+"(.*)"$')
    if text then
      text = text:gsub("\\n", "\n"):gsub('\\"', '"'):gsub("\\t", "\t")
      for part in text:gmatch("[^\n]+") do
        table.insert(tail, part)
      end
    end
  end
  local from = math.max(1, #tail - max_lines + 1)
  return vim.list_slice(tail, from, #tail)
end

function M.crash_message(code, signal, plan)
  local how = signal ~= 0 and ("was killed by signal " .. signal) or ("exited with code " .. code)
  local message = "the server (" .. table.concat(plan.cmd, " ") .. ") " .. how .. " before it started."
  local tail = M.stderr_tail(6)
  if #tail > 0 then
    message = message .. " It said:\n  " .. table.concat(tail, "\n  ")
  end
  return message .. "\nRun :checkhealth specls to check Java and the launcher, and :SpeclsLog for the whole log; "
    .. "remove vmargs from setup{} if you set any."
end

return M
