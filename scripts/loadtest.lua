-- The mix, and a count of answers by status and by phase (before/after the upstream stops).
local threads = {}
function setup(thread) table.insert(threads, thread) end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  upstream, stop_at, statement = args[1], tonumber(args[2]), args[3]
  counts, sent = {}, {}
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
  text_body = '{"text": "' .. statement .. '"}'
  annotate_path = "/annotate?text=" .. urlencode(statement)
  json = {["Content-Type"] = "application/json"}
end

local function fetch(kind)
  local target = upstream .. "/" .. kind .. "/" .. math.random(300)
  if math.random(2) == 1 then
    return wrk.format("POST", "/api/resolve", json, '{"url": "' .. target .. '"}')
  end
  return wrk.format("GET", "/annotate?url=" .. urlencode(target))
end

function request()
  local r, kind = math.random(100)
  local req
  if r <= 45 then kind = "resolve"; req = wrk.format("POST", "/api/resolve", json, text_body)
  elseif r <= 80 then kind = "annotate"; req = wrk.format("GET", annotate_path)
  elseif r <= 92 then kind = "url-page"; req = fetch("page")
  elseif r <= 96 then kind = "url-slow"; req = fetch("slow")
  elseif r <= 99 then kind = "url-fail"; req = fetch("fail")
  else kind = "url-stall"; req = fetch("stall") end
  sent[kind] = (sent[kind] or 0) + 1
  return req
end

function response(status, headers, body)
  local phase = (stop_at > 0 and os.time() >= stop_at) and "after" or "before"
  local key = phase .. " " .. status
  counts[key] = (counts[key] or 0) + 1
end

function done(summary, latency, requests)
  local total, all_sent = {}, {}
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get("counts")) do total[key] = (total[key] or 0) + n end
    for key, n in pairs(thread:get("sent")) do all_sent[key] = (all_sent[key] or 0) + n end
  end
  local parts = {}
  for key, n in pairs(total) do table.insert(parts, '"' .. key .. '": ' .. n) end
  io.write("LINKER_COUNTS {" .. table.concat(parts, ", ") .. "}\n")
  parts = {}
  for key, n in pairs(all_sent) do table.insert(parts, '"' .. key .. '": ' .. n) end
  io.write("LINKER_SENT {" .. table.concat(parts, ", ") .. "}\n")
  local e = summary.errors
  io.write(string.format('LINKER_SUMMARY {"requests": %d, "duration_us": %d, "connect": %d, ' ..
    '"read": %d, "write": %d, "timeout": %d, "status": %d, "p50_ms": %.2f, "p99_ms": %.2f}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
