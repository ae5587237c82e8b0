-- Neovim (Debian's 0.7.2, headless) as a second, non-VS Code LSP client of our language server over stdio.
-- It opens a sample article, asks for hover and semantic tokens (0.7 cannot render them: raw data), decodes
-- the tokens with the server's legend, edits the buffer and checks that the tokens moved.
-- Run through test/e2e/nvim/run.sh (env LSP_SERVER = server/out/server.js, ARTICLE = the sample file).
-- Exit code 0 when every check passed, 1 otherwise.
local server = assert(os.getenv('LSP_SERVER'), 'LSP_SERVER is not set')
local article = assert(os.getenv('ARTICLE'), 'ARTICLE is not set')
local CITY, DATE, DATE_VALUE = 'بغداد', '15/6/2024', '2024-06-15'
local failures = 0

local function say(s) io.stdout:write(s .. '\n') end
local function check(ok, msg)
  say((ok and 'PASS ' or 'FAIL ') .. msg)
  if not ok then failures = failures + 1 end
  return ok
end

-- LSP positions count UTF-16 code units; Neovim columns are bytes.
local function utf16_position(bufnr, text)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local byte = line:find(text, 1, true)
    if byte then
      local _, col16 = vim.str_utfindex(line, byte - 1)
      return { line = lnum - 1, character = col16 }
    end
  end
  error('text not found in the article: ' .. text)
end

local function request(client_id, bufnr, method, params)
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
  local response = responses and responses[client_id]
  if response and response.err then error(method .. ' failed: ' .. vim.inspect(response.err)) end
  return response and response.result
end

local function hover_text(client_id, bufnr, uri, text, offset)
  local pos = utf16_position(bufnr, text)
  pos.character = pos.character + offset
  local result = request(client_id, bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos })
  if not result or not result.contents then return '' end
  return result.contents.value or vim.inspect(result.contents)
end

-- Undo the relative encoding (deltaLine, deltaStart, length, type, modifiers) into absolute tokens.
local function decode_tokens(data, legend)
  local tokens, line, char = {}, 0, 0
  for i = 1, #data, 5 do
    if data[i] ~= 0 then char = 0 end
    line, char = line + data[i], char + data[i + 1]
    table.insert(tokens, { line = line, character = char, length = data[i + 2], type = legend.tokenTypes[data[i + 3] + 1] })
  end
  return tokens
end

local function find_token(tokens, pos, length, type)
  for _, t in ipairs(tokens) do
    if t.line == pos.line and t.character == pos.character and t.length == length and t.type == type then return t end
  end
  return nil
end

local function semantic_tokens(client_id, bufnr, uri, legend)
  local result = request(client_id, bufnr, 'textDocument/semanticTokens/full', { textDocument = { uri = uri } })
  return decode_tokens(result and result.data or {}, legend), result and result.data or {}
end

local function main()
  local t0 = vim.loop.hrtime()
  local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local client_id = vim.lsp.start_client({
    name = 'arabic-news',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(article, ':p:h'),
    flags = { debounce_text_changes = 0 },
    on_exit = function(code, signal)
      if code ~= 0 then say('server exited with code ' .. tostring(code) .. ' signal ' .. tostring(signal)) end
    end,
  })
  if not check(client_id ~= nil, 'the server process started: node ' .. server .. ' --stdio') then return end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  if not check(vim.wait(15000, function() return client.initialized end, 20), string.format('initialized (%d ms)', ms())) then return end

  local caps = client.server_capabilities or {}
  local provider = caps.semanticTokensProvider
  check(caps.hoverProvider == true, 'server offers hover')
  if not check(provider ~= nil and provider.legend ~= nil, 'server offers semantic tokens with a legend') then return end
  local legend = provider.legend
  say('legend: ' .. table.concat(legend.tokenTypes, ',') .. ' | ' .. table.concat(legend.tokenModifiers, ','))

  local city_hover = hover_text(client_id, bufnr, uri, CITY, 2)
  say('hover on ' .. CITY .. ': ' .. city_hover:gsub('\n', ' / '))
  check(city_hover:find('LOC', 1, true) ~= nil, 'hover on the city names the label LOC')
  local date_hover = hover_text(client_id, bufnr, uri, DATE, 3)
  say('hover on ' .. DATE .. ': ' .. date_hover:gsub('\n', ' / '))
  check(date_hover:find('DATE', 1, true) ~= nil and date_hover:find(DATE_VALUE, 1, true) ~= nil,
    'hover on the date names DATE and the value ' .. DATE_VALUE)

  local tokens, data = semantic_tokens(client_id, bufnr, uri, legend)
  say(string.format('semanticTokens/full: %d tokens; first data: %s', #tokens, vim.inspect(vim.list_slice(data, 1, 15))))
  check(#tokens > 0, 'semantic tokens are not empty')
  local city_pos, date_pos = utf16_position(bufnr, CITY), utf16_position(bufnr, DATE)
  check(find_token(tokens, city_pos, 5, 'location') ~= nil, 'a location token covers ' .. CITY)
  check(find_token(tokens, date_pos, #DATE, 'date') ~= nil, 'a date token covers ' .. DATE)

  -- An edit (sent as an incremental didChange) moves the tokens with the text.
  local prefix = 'عاجل: '
  vim.api.nvim_buf_set_text(bufnr, city_pos.line, 0, city_pos.line, 0, { prefix })
  local shift = select(2, vim.str_utfindex(prefix))
  local moved = vim.wait(10000, function()
    local now = semantic_tokens(client_id, bufnr, uri, legend)
    return find_token(now, { line = city_pos.line, character = city_pos.character + shift }, 5, 'location') ~= nil
  end, 50)
  check(moved, string.format('after inserting %d characters before it, the location token moved with the text', shift))

  say(string.format('total %d ms; %d failure(s)', ms(), failures))
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(main)
    if not ok then check(false, 'error: ' .. tostring(err)) end
    if failures == 0 then vim.cmd('qall!') else vim.cmd('cquit') end
  end,
})
