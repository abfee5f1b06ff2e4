// Writes the canonical form of the Output section: known keys in the
// format's order, then unknown keys in the order read; integral numbers as
// integers; 2-space indent; a final LF.
#include "../io/atomicfile.h"
#include "designjson.h"
#include "numberformat.h"

namespace archboard {

namespace {

Json number(double value) {
    if (isPlainInteger(value))
        return Json(static_cast<std::int64_t>(value));
    return Json(value);
}

template <typename E> Json token(E value) {
    return Json(std::string(toString(value)));
}

void appendUnknown(Json& object, const Json& extra) {
    for (auto it = extra.begin(); it != extra.end(); ++it)
        if (!object.contains(it.key()))
            object[it.key()] = it.value();
}

template <typename T>
void putOptional(Json& object, const char* key, const std::optional<T>& value) {
    if (!value)
        return;
    if constexpr (std::is_same_v<T, double>)
        object[key] = number(*value);
    else if constexpr (std::is_enum_v<T>)
        object[key] = token(*value);
    else
        object[key] = *value;
}

Json positionJson(const Position& position, const Json& extra) {
    Json out = Json::object();
    out["x"] = number(position.x);
    out["y"] = number(position.y);
    appendUnknown(out, extra);
    return out;
}

Json requirementsJson(const Requirements& q) {
    Json out = Json::object();
    putOptional(out, "dau", q.dau);
    putOptional(out, "peak_read_rps", q.peakReadRps);
    putOptional(out, "peak_write_rps", q.peakWriteRps);
    putOptional(out, "payload_bytes", q.payloadBytes);
    putOptional(out, "latency_p99_ms", q.latencyP99Ms);
    putOptional(out, "availability", q.availability);
    putOptional(out, "consistency", q.consistency);
    putOptional(out, "durability", q.durability);
    putOptional(out, "regions", q.regions);
    putOptional(out, "retention_days", q.retentionDays);
    putOptional(out, "functional", q.functional);
    putOptional(out, "non_goals", q.nonGoals);
    appendUnknown(out, q.extra);
    return out;
}

void putProp(Json& out, ComponentKind kind, PropKey key, const ComponentProps& p) {
    const char* name = propName(key).data(); // names are literals: NUL-terminated
    switch (key) {
    case PropKey::HealthChecks:
        putOptional(out, name, p.healthChecks);
        break;
    case PropKey::Auth:
        putOptional(out, name, p.auth);
        break;
    case PropKey::RateLimit:
        putOptional(out, name, p.rateLimit);
        break;
    case PropKey::Stateless:
        putOptional(out, name, p.stateless);
        break;
    case PropKey::Autoscaling:
        putOptional(out, name, p.autoscaling);
        break;
    case PropKey::Idempotent:
        putOptional(out, name, p.idempotent);
        break;
    case PropKey::Fallback:
        putOptional(out, name, p.fallback);
        break;
    case PropKey::Backups:
        putOptional(out, name, p.backups);
        break;
    case PropKey::Versioning:
        putOptional(out, name, p.versioning);
        break;
    case PropKey::Checkpointing:
        putOptional(out, name, p.checkpointing);
        break;
    case PropKey::TtlS:
        putOptional(out, name, p.ttlS);
        break;
    case PropKey::RetentionHours:
        putOptional(out, name, p.retentionHours);
        break;
    case PropKey::RefreshS:
        putOptional(out, name, p.refreshS);
        break;
    case PropKey::Sla:
        putOptional(out, name, p.sla);
        break;
    case PropKey::Partitions:
        putOptional(out, name, p.partitions);
        break;
    case PropKey::ReplicationFactor:
        putOptional(out, name, p.replicationFactor);
        break;
    case PropKey::PartitionKey:
        putOptional(out, name, p.partitionKey);
        break;
    case PropKey::Algorithm:
        putOptional(out, name, p.algorithm);
        break;
    case PropKey::Scope:
        if (kind == ComponentKind::RateLimiter)
            putOptional(out, name, p.limiterScope);
        else
            putOptional(out, name, p.observabilityScope);
        break;
    case PropKey::DeadLetter:
        if (p.deadLetter)
            std::visit([&](const auto& value) { out[name] = value; }, *p.deadLetter);
        break;
    case PropKey::Delivery:
        putOptional(out, name, p.delivery);
        break;
    case PropKey::Ordering:
        putOptional(out, name, p.ordering);
        break;
    case PropKey::Eviction:
        putOptional(out, name, p.eviction);
        break;
    case PropKey::Invalidation:
        putOptional(out, name, p.invalidation);
        break;
    case PropKey::Replication:
        putOptional(out, name, p.replication);
        break;
    case PropKey::Failover:
        putOptional(out, name, p.failover);
        break;
    case PropKey::Sharding:
        putOptional(out, name, p.sharding);
        break;
    case PropKey::Consistency:
        putOptional(out, name, p.consistency);
        break;
    case PropKey::Signals:
        if (p.observedSignals) {
            Json list = Json::array();
            for (const Signal s : *p.observedSignals)
                list.push_back(token(s));
            out[name] = std::move(list);
        }
        break;
    }
}

Json componentJson(const Component& c) {
    Json out = Json::object();
    out["id"] = c.id;
    out["kind"] = token(c.kind);
    out["name"] = c.name;
    out["tech"] = c.tech;
    out["justification"] = c.justification;
    out["replicas"] = c.replicas;
    out["zones"] = c.zones;
    out["position"] = positionJson(c.position, c.positionExtra);
    Json props = Json::object();
    for (const PropKey key : propsOf(c.kind))
        putProp(props, c.kind, key, c.props);
    appendUnknown(props, c.props.extra);
    out["props"] = std::move(props);
    appendUnknown(out, c.extra);
    return out;
}

Json connectionJson(const Connection& c) {
    Json out = Json::object();
    out["id"] = c.id;
    out["from"] = c.from;
    out["to"] = c.to;
    out["kind"] = token(c.kind);
    out["protocol"] = c.protocol;
    out["label"] = c.label;
    Json props = Json::object();
    putOptional(props, "timeout_ms", c.props.timeoutMs);
    putOptional(props, "retries", c.props.retries);
    putOptional(props, "backoff", c.props.backoff);
    putOptional(props, "circuit_breaker", c.props.circuitBreaker);
    putOptional(props, "idempotent", c.props.idempotent);
    putOptional(props, "auth", c.props.auth);
    putOptional(props, "tls", c.props.tls);
    appendUnknown(props, c.props.extra);
    out["props"] = std::move(props);
    appendUnknown(out, c.extra);
    return out;
}

Json groupJson(const Group& g) {
    Json out = Json::object();
    out["id"] = g.id;
    out["kind"] = token(g.kind);
    out["name"] = g.name;
    out["members"] = g.members;
    Json rect = Json::object();
    rect["x"] = number(g.rect.x);
    rect["y"] = number(g.rect.y);
    rect["w"] = number(g.rect.w);
    rect["h"] = number(g.rect.h);
    appendUnknown(rect, g.rectExtra);
    out["rect"] = std::move(rect);
    appendUnknown(out, g.extra);
    return out;
}

Json noteJson(const Note& n) {
    Json out = Json::object();
    out["id"] = n.id;
    out["text"] = n.text;
    out["position"] = positionJson(n.position, n.positionExtra);
    appendUnknown(out, n.extra);
    return out;
}

Json annotationJson(const Annotation& a) {
    Json out = Json::object();
    out["id"] = a.id;
    out["target"] = a.target;
    out["author"] = a.author;
    out["text"] = a.text;
    out["created"] = a.created;
    out["resolved"] = a.resolved;
    out["reply_to"] = a.replyTo;
    appendUnknown(out, a.extra);
    return out;
}

Json critiqueJson(const CritiqueSettings& c) {
    Json out = Json::object();
    Json suppressions = Json::array();
    for (const Suppression& s : c.suppressions) {
        Json item = Json::object();
        item["rule"] = s.rule;
        item["target"] = s.target;
        item["reason"] = s.reason;
        appendUnknown(item, s.extra);
        suppressions.push_back(std::move(item));
    }
    out["suppressions"] = std::move(suppressions);
    Json severity = Json::object();
    for (const auto& [rule, level] : c.severity) // std::map: byte order of rule id
        severity[rule] = token(level);
    out["severity"] = std::move(severity);
    out["disabled"] = c.disabled;
    appendUnknown(out, c.extra);
    return out;
}

template <typename T, typename ToJson>
Json arrayJson(const std::vector<T>& elements, ToJson toJson) {
    Json out = Json::array();
    for (const T& element : elements)
        out.push_back(toJson(element));
    return out;
}

} // namespace

Json designHeaderToJson(const DesignData& d) {
    Json root = Json::object();
    root["format"] = "archboard";
    root["version"] = kFormatVersion;
    Json info = Json::object();
    info["id"] = d.info.id;
    info["title"] = d.info.title;
    info["prompt"] = d.info.prompt;
    info["requirements"] = requirementsJson(d.info.requirements);
    appendUnknown(info, d.info.extra);
    root["design"] = std::move(info);
    root["critique"] = critiqueJson(d.critique);
    appendUnknown(root, d.extra);
    return root;
}

Json designToJson(const DesignData& d) {
    const Json header = designHeaderToJson(d);
    Json root = Json::object();
    // The element arrays go between `design` and `critique`.
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == "critique") {
            root["components"] = arrayJson(d.components, componentJson);
            root["connections"] = arrayJson(d.connections, connectionJson);
            root["groups"] = arrayJson(d.groups, groupJson);
            root["notes"] = arrayJson(d.notes, noteJson);
            root["annotations"] = arrayJson(d.annotations, annotationJson);
        }
        root[it.key()] = it.value();
    }
    return root;
}

Json elementToJson(const Component& element) {
    return componentJson(element);
}
Json elementToJson(const Connection& element) {
    return connectionJson(element);
}
Json elementToJson(const Group& element) {
    return groupJson(element);
}
Json elementToJson(const Note& element) {
    return noteJson(element);
}
Json elementToJson(const Annotation& element) {
    return annotationJson(element);
}

std::string writeJsonText(const Json& value) {
    std::string out = value.dump(2, ' ', false, Json::error_handler_t::strict);
    out += '\n';
    return out;
}

std::string writeDesignJson(const DesignData& d) {
    return writeJsonText(designToJson(d));
}

std::string saveDesignFile(const DesignData& design, const std::filesystem::path& path) {
    return saveFileAtomically(writeDesignJson(design), path);
}

} // namespace archboard
