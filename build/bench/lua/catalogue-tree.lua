-- Public catalogue tree load: GET /api/public/catalogue/units/{unit}/catalogues/{domain} for a random unit (ids in
-- the file given after "--") and a random pilot domain D01..D26.
local threads = {}

function setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    units = {}
    for line in io.lines(args[1]) do
        if #line > 0 then table.insert(units, line) end
    end
    math.randomseed(os.time() * 100 + tonumber(wrk.thread:get("tid")))
end

function request()
    return wrk.format("GET", string.format("/api/public/catalogue/units/%s/catalogues/D%02d", units[math.random(#units)], math.random(26)))
end
