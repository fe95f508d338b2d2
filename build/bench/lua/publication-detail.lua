-- Public detail load: ids read from the file given after "--" (one per line).
local threads = {}

function setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    ids = {}
    for line in io.lines(args[1]) do
        if #line > 0 then table.insert(ids, line) end
    end
    math.randomseed(os.time() * 100 + tonumber(wrk.thread:get("tid")))
end

function request()
    return wrk.format("GET", "/api/public/publication/documents/" .. ids[math.random(#ids)])
end
