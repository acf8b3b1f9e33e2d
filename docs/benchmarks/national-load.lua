-- wrk script of national-load.sh: counts answers by status class and prints one line the script
-- reads back ("BENCH key=value ...").
--
-- Reads (BENCH_ACTIONS unset): wrk sends the URL given on its command line; the run lasts wrk's -d.
-- "unanswered" counts the requests still waiting when the run ended (with wrk's closed loop, about
-- one a connection): they are in no other figure, not even the latencies.
--
-- Progress-update writes (BENCH_ACTIONS="id,id,...", one id a thread; run with as many threads as
-- connections, -t N -c N): each thread, hence each connection, POSTs updates to its own action.
-- A thread stops itself after BENCH_WRITE_SECONDS, always between a response and the next request,
-- so no write is left in flight when wrk ends and every stored update was answered and counted.
-- Run wrk with -d a little longer than that; requests a second are worked out from the threads' own
-- first request and last answer, not from wrk's -d.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } bench_timeval;
  int gettimeofday(bench_timeval *tv, void *tz);
]]
local tv = ffi.new("bench_timeval")
local function now_us()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000000 + tonumber(tv.tv_usec)
end

local threads = {}
local actions = {}
local counter = 0

local action_list = os.getenv("BENCH_ACTIONS")
if action_list and action_list ~= "" then
  for id in string.gmatch(action_list, "%d+") do
    table.insert(actions, id)
  end
end

-- Runs in wrk's main thread once per thread before any request: hands each thread its action.
function setup(thread)
  counter = counter + 1
  if #actions > 0 then
    if counter > #actions then
      error("more threads than actions in BENCH_ACTIONS")
    end
    thread:set("action", actions[counter])
  end
  table.insert(threads, thread)
end

-- Per-thread state (each wrk thread has its own Lua state).
ok, bad, sent, first_us, last_us = 0, 0, 0, 0, 0
statuses = {}
local write_us = tonumber(os.getenv("BENCH_WRITE_SECONDS") or "10") * 1000000
local deadline_us
local post_headers

function request()
  sent = sent + 1
  if action then
    if first_us == 0 then
      first_us = now_us()
      deadline_us = first_us + write_us
    end
    if not post_headers then
      -- wrk.format takes these instead of wrk.headers: keep the -H ones (Authorization).
      post_headers = { ["Content-Type"] = "application/json" }
      for name, value in pairs(wrk.headers) do post_headers[name] = value end
    end
    local body = string.format(
      '{"narrative":"Benchmark update on action %s","rag":"GREEN","percentComplete":50}', action)
    return wrk.format("POST", "/api/actions/" .. action .. "/updates", post_headers, body)
  end
  return wrk.request()
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    bad = bad + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
  if action then
    last_us = now_us()
    if last_us >= deadline_us then
      wrk.thread:stop()
    end
  end
end

function done(summary, latency, requests)
  local total_ok, total_bad, total_sent, first, last = 0, 0, 0, nil, 0
  local by_status = {}
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_bad = total_bad + thread:get("bad")
    total_sent = total_sent + thread:get("sent")
    for status, count in pairs(thread:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + count
    end
    local f, l = thread:get("first_us"), thread:get("last_us")
    if f > 0 and (first == nil or f < first) then first = f end
    if l > last then last = l end
  end
  local seconds = summary.duration / 1000000
  if #actions > 0 and first ~= nil and last > first then
    seconds = (last - first) / 1000000
  end
  local codes = {}
  for status, count in pairs(by_status) do
    table.insert(codes, status .. ":" .. count)
  end
  table.sort(codes)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f ok=%d non2xx=%d p50_ms=%.1f p99_ms=%.1f"
      .. " socket_errors=%d timeouts=%d statuses=%s unanswered=%d\n",
    total_ok + total_bad, seconds, total_ok, total_bad,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write, e.timeout, #codes > 0 and table.concat(codes, ",") or "-",
    -- wrk calls request() once more in the first thread before the run, to check the request.
    math.max(0, total_sent - 1 - total_ok - total_bad - e.read - e.write - e.timeout)))
end
