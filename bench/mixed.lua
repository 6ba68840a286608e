-- wrk script: many learners at once, each connection one learner at a time with think times
-- (a pause of 0.5 to 4.5 s, 2.5 s on average, between its requests), doing what learners do:
-- read lessons (55 %), record progress (25 %), open the course outline (10 %), the catalog
-- (5 %) and their profile (5 %). Each request acts as one of the learners of its thread, at
-- random. Set by bench/run.sh above this text: tokens_file, course, lessons (a list of lesson
-- ids), thread_count, think_min_ms, think_max_ms.
local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

local tokens = {}

function init(args)
  local i = 0
  for line in io.lines(tokens_file) do
    if i % thread_count == thread_index then table.insert(tokens, line) end
    i = i + 1
  end
  math.randomseed(os.time() + thread_index * 7919)
end

local random = math.random
local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and random(0, 15) or random(8, 11))
  end))
end

function delay()
  return random(think_min_ms, think_max_ms)
end

request = function()
  local headers = { ["Authorization"] = "Bearer " .. tokens[random(#tokens)] }
  local lesson = lessons[random(#lessons)]
  local pick = random(100)
  if pick <= 55 then
    return wrk.format("GET", "/api/v1/courses/" .. course .. "/lessons/" .. lesson, headers, nil)
  elseif pick <= 80 then
    headers["Content-Type"] = "application/json"
    local body = string.format('{"event_id":"%s","kind":"lesson-completed","lesson_id":"%s"}', uuid(), lesson)
    return wrk.format("POST", "/api/v1/courses/" .. course .. "/progress", headers, body)
  elseif pick <= 90 then
    return wrk.format("GET", "/api/v1/courses/" .. course, headers, nil)
  elseif pick <= 95 then
    return wrk.format("GET", "/api/v1/courses", headers, nil)
  end
  return wrk.format("GET", "/api/v1/me", headers, nil)
end
