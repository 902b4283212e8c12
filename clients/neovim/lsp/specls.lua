-- Neovim 0.11+ reads lsp/<name>.lua from 'runtimepath' for vim.lsp.config: with this plugin on the
-- runtimepath, `vim.lsp.enable("specls")` alone starts the server for Markdown spec and prompt files.
-- require("specls").setup{} does the same and adds the Java check, :SpeclsCheck and :SpeclsGraph.
return {
  cmd = { "specls", "lsp" },
  filetypes = { "markdown" },
  root_markers = { ".specls.toml", ".git" },
}
