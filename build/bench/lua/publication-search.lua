-- Public search load: q from a list of words found in the seeded text (and one that matches nothing),
-- sometimes with a unit or year filter; the words are percent-encoded UTF-8.
local words = {
    "%E6%95%99%E8%82%B2",                         -- 教育
    "%E5%AE%89%E5%85%A8%E7%94%9F%E4%BA%A7",       -- 安全生产
    "%E8%B4%A2%E6%94%BF%E9%A2%84%E5%86%B3%E7%AE%97", -- 财政预决算
    "%E5%B7%A5%E4%BD%9C%E6%96%B9%E6%A1%88",       -- 工作方案
    "%E8%A1%A5%E5%8A%A9%E8%B5%84%E9%87%91",       -- 补助资金
    "%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83",       -- 营商环境
    "%E6%B5%8B%E6%94%BF%E5%8A%9E%E5%8F%91",       -- 测政办发
    "%E5%BA%94%E6%80%A5%E9%A2%84%E6%A1%88",       -- 应急预案
    "%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D", -- 不存在的词
}
local suffixes = { "", "", "&year=2025", "&year=2024", "&pageSize=10", "&page=2" }

function request()
    local q = words[math.random(#words)]
    return wrk.format("GET", "/api/public/publication/documents?q=" .. q .. suffixes[math.random(#suffixes)])
end
