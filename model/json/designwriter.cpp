// Writes the canonical form of the Output section: known keys in the
// format's order, then unknown keys in the order read; integral numbers as
// integers; 2-space indent; a final LF.
#include "../propdescriptor.h"
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

void putProp(Json& out, const PropDescriptor& prop, const ComponentProps& p) {
    const char* name = prop.name.data(); // names are literals: NUL-terminated
    std::visit(
        [&]<typename T>(PropMember<T> member) {
            const std::optional<T>& value = p.*member;
            if constexpr (std::is_same_v<T, DeadLetter>) {
                if (value)
                    std::visit([&](const auto& v) { out[name] = v; }, *value);
            } else if constexpr (std::is_same_v<T, std::vector<Signal>>) {
                if (value) {
                    Json list = Json::array();
                    for (const Signal s : *value)
                        list.push_back(token(s));
                    out[name] = std::move(list);
                }
            } else {
                putOptional(out, name, value);
            }
        },
        prop.field);
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
        putProp(props, *propDescriptor(c.kind, key), c.props);
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
    putOptional(props, "share", c.props.share);
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

} // namespace archboard
