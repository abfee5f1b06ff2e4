// A component; its props are read as their descriptors say (propdescriptor.h).
#include "../propdescriptor.h"
#include "sectionreaders.h"

#include <variant>

namespace archboard {

namespace {

std::optional<DeadLetter> readDeadLetter(FieldReader& r, const Json& v, const std::string& at) {
    if (v.is_boolean())
        return v.get<bool>();
    if (v.is_string())
        return v.get<std::string>();
    r.report(at, "expected true, false or the id of a queue or stream, got " + describeType(v));
    return std::nullopt;
}

std::optional<std::vector<Signal>> readSignals(FieldReader& r, const Json& value,
                                               const std::string& path) {
    const auto tokens = r.asStringArray(value, path, true);
    if (!tokens)
        return std::nullopt;
    std::vector<Signal> signals;
    bool ok = true;
    for (std::size_t i = 0; i < tokens->size(); ++i) {
        if (const auto signal = enumFromString<Signal>((*tokens)[i]))
            signals.push_back(*signal);
        else {
            r.report(appendIndex(path, i),
                     jsonQuoted((*tokens)[i]) + " is not one of " + enumChoices<Signal>());
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return signals;
}

// Reads one prop into its member of `props`, as its descriptor says.
void readProp(FieldReader& r, const PropDescriptor& prop, const Json& v, const std::string& at,
              ComponentProps& props) {
    std::visit(
        [&]<typename T>(PropMember<T> member) {
            std::optional<T>& out = props.*member;
            std::optional<T> value;
            if constexpr (std::is_same_v<T, bool>)
                value = r.asBool(v, at);
            else if constexpr (std::is_same_v<T, double>)
                value = r.asNumber(v, at, prop.range);
            else if constexpr (std::is_same_v<T, std::int64_t>)
                value = r.asInteger(v, at, prop.range);
            else if constexpr (std::is_same_v<T, std::string>)
                value = r.asString(v, at);
            else if constexpr (std::is_enum_v<T>)
                value = r.asEnum<T>(v, at);
            else if constexpr (std::is_same_v<T, std::vector<Signal>>)
                value = readSignals(r, v, at);
            else
                value = readDeadLetter(r, v, at);
            if (value)
                out = std::move(value);
        },
        prop.field);
}

ComponentProps readComponentProps(FieldReader& r, const Json& o, const std::string& p,
                                  ComponentKind kind) {
    ComponentProps props;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto key = propKeyFromName(it.key());
        const PropDescriptor* prop = key ? propDescriptor(kind, *key) : nullptr;
        if (!prop) {
            props.extra[it.key()] = it.value();
            continue;
        }
        if (it->is_discarded())
            continue;
        readProp(r, *prop, *it, appendKey(p, it.key()), props);
    }
    return props;
}

} // namespace

Component readComponent(FieldReader& r, const Json& o, const std::string& p) {
    Component c;
    c.id = r.asOwnId(o, p);
    const Json* kindValue = r.member(o, p, "kind", true);
    std::optional<ComponentKind> kind;
    if (kindValue)
        kind = r.asEnum<ComponentKind>(*kindValue, appendKey(p, "kind"));
    if (kind)
        c.kind = *kind;
    r.readString(o, p, "name", c.name);
    r.readString(o, p, "tech", c.tech);
    r.readString(o, p, "justification", c.justification);
    r.readInteger(o, p, "replicas", c.replicas, range::kCount);
    r.readInteger(o, p, "zones", c.zones, range::kCount);
    r.readPosition(o, p, c.position, c.positionExtra);
    const std::string propsPath = appendKey(p, "props");
    if (const Json* props = r.member(o, p, "props"); props && r.expectObject(*props, propsPath)) {
        if (kind)
            c.props = readComponentProps(r, *props, propsPath, *kind);
        else
            c.props.extra = *props; // without a kind, no prop can be interpreted
    }
    c.extra = FieldReader::unknownKeys(o, {"id", "kind", "name", "tech", "justification",
                                           "replicas", "zones", "position", "props"});
    return c;
}

} // namespace archboard
