// The `design` object: id, title, prompt and requirements.
#include "sectionreaders.h"

namespace archboard {

namespace {

Requirements readRequirements(FieldReader& r, const Json& o, const std::string& p) {
    Requirements q;
    r.readInteger(o, p, "dau", q.dau, range::kNonNegative);
    r.readNumber(o, p, "peak_read_rps", q.peakReadRps, range::kNonNegative);
    r.readNumber(o, p, "peak_write_rps", q.peakWriteRps, range::kNonNegative);
    r.readNumber(o, p, "payload_bytes", q.payloadBytes, range::kNonNegative);
    r.readNumber(o, p, "latency_p99_ms", q.latencyP99Ms, range::kNonNegative);
    r.readNumber(o, p, "availability", q.availability, range::kPercentage);
    r.readEnum<Consistency>(o, p, "consistency", q.consistency);
    r.readEnum<Durability>(o, p, "durability", q.durability);
    r.readInteger(o, p, "regions", q.regions, range::kCount);
    r.readNumber(o, p, "retention_days", q.retentionDays, range::kNonNegative);
    auto strings = [&](const Json& v, const std::string& at) { return r.asStringArray(v, at); };
    r.read(o, p, "functional", q.functional, strings);
    r.read(o, p, "non_goals", q.nonGoals, strings);
    q.extra =
        FieldReader::unknownKeys(o, {"dau", "peak_read_rps", "peak_write_rps", "payload_bytes",
                                     "latency_p99_ms", "availability", "consistency", "durability",
                                     "regions", "retention_days", "functional", "non_goals"});
    return q;
}

} // namespace

DesignInfo readDesignInfo(FieldReader& r, const Json& object, const std::string& path) {
    DesignInfo info;
    r.readString(object, path, "id", info.id);
    r.readString(object, path, "title", info.title);
    r.readString(object, path, "prompt", info.prompt);
    const std::string reqPath = appendKey(path, "requirements");
    if (const Json* value = r.member(object, path, "requirements");
        value && r.expectObject(*value, reqPath))
        info.requirements = readRequirements(r, *value, reqPath);
    info.extra = FieldReader::unknownKeys(object, {"id", "title", "prompt", "requirements"});
    return info;
}

} // namespace archboard
