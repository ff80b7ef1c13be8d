-- wrk script: tools/call echo (a 64-byte message by default) on one established MCP Streamable
-- HTTP session.
--
--   MCP_SESSION_ID=... MCP_PROTOCOL_VERSION=2025-06-18 \
--     wrk -t2 -c64 -d10s -s bench/http/call.lua http://127.0.0.1:PORT/mcp
--
-- Environment: MCP_SESSION_ID (required), MCP_PROTOCOL_VERSION (default 2025-06-18),
-- BENCH_TOOL (default echo), BENCH_PAYLOAD (bytes of the echoed message, default 64).
-- Every request has its own JSON-RPC id (thread number * 2^32 + counter). A response counts
-- as good only if its status is 2xx and its body holds a result with the echoed message; the
-- others are counted by kind and printed, so a run that fails fast cannot pass for a fast run.
-- done() prints one line that scripts/bench-http.sh parses:
--   WRK_RESULT requests=N duration_s=S rps=R p50_us=.. p90_us=.. p99_us=.. max_us=..
--              non2xx=N rpc_errors=N bad_body=N socket_errors=N connect=.. read=.. write=.. timeout=..

-- MCP_STATELESS=1: protocol revision 2026-07-28 instead: no session, every request carries the
-- era's _meta (version, capabilities, client info) and the MCP-Protocol-Version, Mcp-Method and
-- Mcp-Name headers (scripts/bench-stateless.sh).
local stateless = os.getenv("MCP_STATELESS") == "1"
local session = os.getenv("MCP_SESSION_ID")
if not stateless and (session == nil or session == "") then
  io.stderr:write("call.lua: MCP_SESSION_ID is not set\n")
  os.exit(2)
end
local version = os.getenv("MCP_PROTOCOL_VERSION") or "2025-06-18"
if stateless then version = "2026-07-28" end
local tool = os.getenv("BENCH_TOOL") or "echo"
local payload = tonumber(os.getenv("BENCH_PAYLOAD") or "64") or 64
local message = string.rep("x", payload)

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["MCP-Protocol-Version"] = version
if stateless then
  wrk.headers["Mcp-Method"] = "tools/call"
  wrk.headers["Mcp-Name"] = tool
else
  wrk.headers["Mcp-Session-Id"] = session
end

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_no", thread_count)
  table.insert(threads, thread)
end

-- Per-thread state (each wrk thread has its own Lua state).
local counter = 0
ok = 0
non2xx = 0
rpc_errors = 0
bad_body = 0
first_bad = ""

local meta = ""
if stateless then
  meta = ',"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",' ..
    '"io.modelcontextprotocol/clientCapabilities":{},' ..
    '"io.modelcontextprotocol/clientInfo":{"name":"wrk","version":"1"}}'
end
local body_prefix = '{"jsonrpc":"2.0","method":"tools/call","params":{"name":"' .. tool ..
  '","arguments":{"message":"' .. message .. '"}' .. meta .. '},"id":'

function request()
  counter = counter + 1
  local id = (thread_no or 0) * 4294967296 + counter
  return wrk.format(nil, nil, nil, body_prefix .. string.format("%d", id) .. "}")
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_bad == "" then first_bad = "HTTP " .. status .. ": " .. string.sub(body or "", 1, 200) end
  elseif body == nil or body == "" then
    bad_body = bad_body + 1
    if first_bad == "" then first_bad = "HTTP " .. status .. " with an empty body" end
  elseif string.find(body, '"error"', 1, true) then
    rpc_errors = rpc_errors + 1
    if first_bad == "" then first_bad = string.sub(body, 1, 200) end
  elseif string.find(body, '"result"', 1, true) and string.find(body, message, 1, true) then
    ok = ok + 1
  else
    bad_body = bad_body + 1
    if first_bad == "" then first_bad = "unexpected body: " .. string.sub(body, 1, 200) end
  end
end

function done(summary, latency, requests)
  local n_ok, n_non2xx, n_rpc, n_bad, first = 0, 0, 0, 0, ""
  for _, t in ipairs(threads) do
    n_ok = n_ok + (t:get("ok") or 0)
    n_non2xx = n_non2xx + (t:get("non2xx") or 0)
    n_rpc = n_rpc + (t:get("rpc_errors") or 0)
    n_bad = n_bad + (t:get("bad_body") or 0)
    local fb = t:get("first_bad")
    if first == "" and fb ~= nil and fb ~= "" then first = fb end
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local rps = 0
  if seconds > 0 then rps = summary.requests / seconds end
  io.write(string.format(
    "WRK_RESULT requests=%d ok=%d duration_s=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d " ..
    "non2xx=%d rpc_errors=%d bad_body=%d socket_errors=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, n_ok, seconds, rps,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    n_non2xx, n_rpc, n_bad, socket_errors, e.connect, e.read, e.write, e.timeout))
  if first ~= "" then
    io.write("WRK_FIRST_BAD " .. string.gsub(first, "[\r\n]", " ") .. "\n")
  end
end
