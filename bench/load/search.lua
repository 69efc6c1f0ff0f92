-- wrk script: each request searches one of the queries in queries.txt (one per line), chosen at random.
-- Usage: wrk -t2 -c50 -d30s -s bench/load/search.lua http://127.0.0.1:5000 -- QUERIES_FILE
local queries = {}

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local path = args[1] or "queries.txt"
  for line in io.lines(path) do
    if #line > 0 then queries[#queries + 1] = "/api/search?top=10&q=" .. encode(line) end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000))
end

function request()
  return wrk.format("GET", queries[math.random(#queries)])
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx or errors %d (socket %d/%d/%d/%d)\n", summary.requests,
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
