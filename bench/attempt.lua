-- wrk script: learners taking the 20-question final of bench-assessment, over and over:
-- start an attempt, then either submit it with all 20 answers in the body (save_separately =
-- false: two requests), or save the 20 answers and then submit (true: three requests). Each
-- learner has at most one attempt in flight; the operation and learner ride in X-Request-Id
-- (the server echoes it), so a response can be matched to its learner. Set by bench/run.sh
-- above this text: tokens_file, course, thread_count, save_separately.
local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

local answers = {}
for n = 1, 20 do
  local response
  if n <= 8 then response = '{"type":"choice","value":"a"}'
  elseif n <= 12 then response = '{"type":"choices","value":["a","c"]}'
  elseif n <= 16 then response = '{"type":"bool","value":' .. (n % 2 == 1 and "true" or "false") .. '}'
  elseif n <= 18 then response = '{"type":"order","value":["first","second","third","fourth"]}'
  else response = '{"type":"number","value":' .. (1990 + n) .. '}' end
  table.insert(answers, string.format('"q-%d":%s', n, response))
end
local answers_body = '{"answers":{' .. table.concat(answers, ",") .. '}}'

local tokens, free, queue = {}, {}, {}
cycles, failures = 0, 0

function init(args)
  local all = {}
  for line in io.lines(tokens_file) do table.insert(all, line) end
  -- Each thread takes every other learner, so no learner is shared between threads.
  for i, token in ipairs(all) do
    if (i - 1) % thread_count == thread_index then
      table.insert(tokens, token)
      table.insert(free, #tokens)
    end
  end
end

local function headers(learner, tag)
  return {
    ["Authorization"] = "Bearer " .. tokens[learner],
    ["Content-Type"] = "application/json",
    ["X-Request-Id"] = tag,
  }
end

request = function()
  local job = table.remove(queue, 1)
  if job and job.op == "a" then
    return wrk.format("PUT", "/api/v1/attempts/" .. job.id .. "/answers",
      headers(job.learner, "a." .. job.learner .. "." .. job.id), answers_body)
  elseif job and job.op == "u" then
    return wrk.format("POST", "/api/v1/attempts/" .. job.id .. "/submit",
      headers(job.learner, "u." .. job.learner .. "." .. job.id),
      (not save_separately) and answers_body or nil)
  end
  local learner = table.remove(free, 1)
  if not learner then
    -- Every learner of this thread is busy (more connections than learners): a harmless read.
    return wrk.format("GET", "/healthz", nil, nil)
  end
  return wrk.format("POST", "/api/v1/courses/" .. course .. "/assessments/final/attempts",
    headers(learner, "s." .. learner .. ".new"), nil)
end

response = function(status, hdrs, body)
  local tag = hdrs["x-request-id"] or hdrs["X-Request-Id"]
  if not tag then return end
  local op, learner, id = tag:match("^(%a)%.(%d+)%.(.+)$")
  if not op then return end
  learner = tonumber(learner)
  if status >= 300 then
    failures = failures + 1
    table.insert(free, learner)
  elseif op == "s" then
    local attempt = body:match('^{"id":"([^"]+)"')
    table.insert(queue, { op = save_separately and "a" or "u", learner = learner, id = attempt })
  elseif op == "a" then
    table.insert(queue, { op = "u", learner = learner, id = id })
  else
    cycles = cycles + 1
    table.insert(free, learner)
  end
end

done = function(summary, latency, requests)
  local total_cycles, total_failures = 0, 0
  for _, thread in ipairs(threads) do
    total_cycles = total_cycles + thread:get("cycles")
    total_failures = total_failures + thread:get("failures")
  end
  io.write(string.format("attempt cycles: %d in %.3f s, failures: %d\n",
    total_cycles, summary.duration / 1e6, total_failures))
end
