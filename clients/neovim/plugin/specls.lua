-- Prompt templates (.prompty, .prompt) are Markdown with template expressions: open them as Markdown,
-- even before require("specls").setup{} runs.
local patterns = {}
for _, extension in ipairs(require("specls.contributions").extensions) do
  table.insert(patterns, "*." .. extension)
end
vim.cmd("augroup specls_filetypes")
vim.cmd("autocmd!")
vim.cmd("autocmd BufRead,BufNewFile " .. table.concat(patterns, ",") .. " setfiletype markdown")
-- `:set filetype=specls-plan` makes the server read any Markdown file as a plan; it still looks like Markdown.
for _, language in ipairs(require("specls.contributions").markdown_languages) do
  vim.cmd("autocmd FileType " .. language .. " setlocal syntax=markdown")
end
vim.cmd("augroup END")
