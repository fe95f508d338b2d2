-- OA ingest load for build/bench/publication.sh: every request pushes a new document with its own external id.
-- Arguments after "--": pairs of <bearer token> <unit id>, one pair per wrk thread (thread n uses pair n).
local threads = {}

function setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    local n = (tonumber(wrk.thread:get("tid")) - 1) % (#args / 2)
    token = args[n * 2 + 1]
    unit = args[n * 2 + 2]
    prefix = "bench-" .. wrk.thread:get("tid") .. "-" .. tostring(os.time()) .. "-"
    counter = 0
end

function request()
    counter = counter + 1
    local body = '{"externalId":"' .. prefix .. counter .. '","unitId":"' .. unit .. '",' ..
        '"title":"关于做好2026年冬季安全生产工作的通知（第' .. counter .. '号）","documentNumber":"测安办发〔2026〕' .. counter .. '号",' ..
        '"formedOn":"2026-11-20","subjectCategory":"安全生产","fiveDisclosure":"Execution","kind":"Ordinary",' ..
        '"attribute":"PublishInFull","grounds":[],"body":"<p>各乡镇人民政府、县直各部门：为切实做好冬季安全生产工作，现将有关事项通知如下。</p>",' ..
        '"catalogueItemIds":[],"submitForReview":true}'
    return wrk.format("POST", "/api/publication/documents",
        { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
