-- Cycles through the requests listed in a file, one per line: "GET /path" or
-- "POST /path {json body}". Usage: wrk ... -s requests.lua http://host:port -- FILE
-- Each wrk thread starts at a different line, so the threads do not ask in lockstep.

local requests = {}
local next_index = 1
local threads = 0

function setup(thread)
   threads = threads + 1
   thread:set("offset", threads * 7)
end

function init(args)
   local file = assert(io.open(args[1], "r"))
   for line in file:lines() do
      local method, path, body = line:match("^(%u+) (%S+) ?(.*)$")
      if method then
         local headers = {}
         for name, value in pairs(wrk.headers) do
            headers[name] = value
         end
         if body ~= "" then
            headers["Content-Type"] = "application/json"
         else
            body = nil
         end
         requests[#requests + 1] = wrk.format(method, path, headers, body)
      end
   end
   file:close()
   assert(#requests > 0, "no requests in " .. args[1])
   next_index = (offset or 0) % #requests + 1
end

function request()
   local r = requests[next_index]
   next_index = next_index % #requests + 1
   return r
end
