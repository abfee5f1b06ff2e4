// Reads a v1 design: bytes -> JSON tree (jsontree.cpp) -> typed DesignData,
// reporting every problem at its JSON path.
#include "../propdescriptor.h"
#include "../store/designargument.h"
#include "../validation.h"
#include "designjson.h"
#include "jsonpath.h"
#include "jsontree.h"
#include "numberformat.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <initializer_list>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace archboard {

namespace {

using Bounds = NumberRange;
using namespace range;

std::string describeType(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return "a bool";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "a number";
    default:
        return "an unsupported value";
    }
}

class Reader {
public:
    explicit Reader(Problems& problems)
        : m_problems(problems) {}

    void report(std::string where, std::string what) {
        m_problems.push_back({std::move(where), std::move(what)});
    }

    // The member `key` of `object`; reports a missing required one. A value
    // already reported while parsing (discarded) counts as absent, silently.
    const Json* member(const Json& object, const std::string& path, std::string_view key,
                       bool required = false) {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                report(appendKey(path, key), "missing");
            return nullptr;
        }
        if (it->is_discarded())
            return nullptr;
        return &*it;
    }

    // Unknown keys of `object`, in the order read.
    static Json unknownKeys(const Json& object, std::initializer_list<std::string_view> known) {
        Json extra = Json::object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool isKnown = false;
            for (const auto k : known)
                if (it.key() == k) {
                    isKnown = true;
                    break;
                }
            if (!isKnown)
                extra[it.key()] = it.value();
        }
        return extra;
    }

    bool expectObject(const Json& value, const std::string& path) {
        if (value.is_object())
            return true;
        report(path, "expected an object, got " + describeType(value));
        return false;
    }

    bool expectArray(const Json& value, const std::string& path) {
        if (value.is_array())
            return true;
        report(path, "expected an array, got " + describeType(value));
        return false;
    }

    std::optional<std::string> asString(const Json& value, const std::string& path) {
        if (value.is_string())
            return value.get<std::string>();
        report(path, "expected a string, got " + describeType(value));
        return std::nullopt;
    }

    std::optional<bool> asBool(const Json& value, const std::string& path) {
        if (value.is_boolean())
            return value.get<bool>();
        report(path, "expected true or false, got " + describeType(value));
        return std::nullopt;
    }

    std::optional<double> asNumber(const Json& value, const std::string& path, Bounds bounds) {
        if (!value.is_number()) {
            report(path, "expected a number, got " + describeType(value));
            return std::nullopt;
        }
        const double number = value.get<double>();
        if (!checkBounds(number, path, bounds))
            return std::nullopt;
        return number;
    }

    std::optional<std::int64_t> asInteger(const Json& value, const std::string& path,
                                          Bounds bounds) {
        if (!value.is_number()) {
            report(path, "expected an integer, got " + describeType(value));
            return std::nullopt;
        }
        const double number = value.get<double>();
        if (value.is_number_float() && std::trunc(number) != number) {
            report(path, "expected an integer, got " + formatNumber(number));
            return std::nullopt;
        }
        if (!checkBounds(number, path, bounds))
            return std::nullopt;
        if (value.is_number_integer())
            return value.get<std::int64_t>();
        return static_cast<std::int64_t>(number);
    }

    template <typename E> std::optional<E> asEnum(const Json& value, const std::string& path) {
        const auto text = asString(value, path);
        if (!text)
            return std::nullopt;
        if (const auto parsed = enumFromString<E>(*text))
            return parsed;
        report(path, jsonQuoted(*text) + " is not one of " + enumChoices<E>());
        return std::nullopt;
    }

    // An element's own id: required, well-formed. Returns "" when invalid.
    ElementId asOwnId(const Json& object, const std::string& path) {
        const Json* value = member(object, path, "id", true);
        if (!value)
            return {};
        const auto text = asString(*value, appendKey(path, "id"));
        if (!text)
            return {};
        if (!isValidElementId(*text)) {
            report(appendKey(path, "id"), invalidIdMessage(*text));
            return {};
        }
        return *text;
    }

    // A reference to an element: any string; whether it resolves is checked
    // once every element is read.
    std::optional<ElementId> asReference(const Json& value, const std::string& path) {
        auto text = asString(value, path);
        if (text && text->empty()) {
            report(path, "must name a component (it is empty)");
            return std::nullopt;
        }
        return text;
    }

    static std::string invalidIdMessage(const std::string& id) {
        return jsonQuoted(id) +
               " is not a valid id (1 to 64 characters of A-Z, a-z, 0-9, _, . and -)";
    }

    // Reads `object[key]` with `convert` into `out` when present and valid.
    template <typename T, typename Convert>
    void read(const Json& object, const std::string& path, std::string_view key, T& out,
              Convert convert, bool required = false) {
        if (const Json* value = member(object, path, key, required))
            if (auto converted = convert(*value, appendKey(path, key)))
                out = std::move(*converted);
    }

    void readString(const Json& object, const std::string& path, std::string_view key,
                    std::string& out) {
        read(object, path, key, out,
             [&](const Json& v, const std::string& p) { return asString(v, p); });
    }

    void readBool(const Json& object, const std::string& path, std::string_view key,
                  std::optional<bool>& out) {
        read(object, path, key, out,
             [&](const Json& v, const std::string& p) { return asBool(v, p); });
    }

    template <typename T>
    void readNumber(const Json& object, const std::string& path, std::string_view key, T& out,
                    Bounds bounds, bool required = false) {
        read(
            object, path, key, out,
            [&](const Json& v, const std::string& p) { return asNumber(v, p, bounds); }, required);
    }

    template <typename T>
    void readInteger(const Json& object, const std::string& path, std::string_view key, T& out,
                     Bounds bounds) {
        read(object, path, key, out,
             [&](const Json& v, const std::string& p) { return asInteger(v, p, bounds); });
    }

    template <typename E, typename T>
    void readEnum(const Json& object, const std::string& path, std::string_view key, T& out,
                  bool required = false) {
        read(
            object, path, key, out,
            [&](const Json& v, const std::string& p) { return asEnum<E>(v, p); }, required);
    }

    // An array of strings; `unique` reports repeats at their later index.
    std::optional<std::vector<std::string>>
    asStringArray(const Json& value, const std::string& path, bool unique = false) {
        if (!expectArray(value, path))
            return std::nullopt;
        std::vector<std::string> out;
        out.reserve(value.size());
        bool ok = true;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const Json& item = value[i];
            if (item.is_discarded()) {
                ok = false;
                continue;
            }
            const auto text = asString(item, appendIndex(path, i));
            if (!text) {
                ok = false;
                continue;
            }
            if (unique) {
                const auto seen = std::find(out.begin(), out.end(), *text);
                if (seen != out.end()) {
                    report(appendIndex(path, i),
                           jsonQuoted(*text) + " is already listed at " +
                               appendIndex(path, static_cast<std::size_t>(seen - out.begin())));
                    ok = false;
                    continue;
                }
            }
            out.push_back(*text);
        }
        if (!ok)
            return std::nullopt;
        return out;
    }

private:
    bool checkBounds(double number, const std::string& path, Bounds bounds) {
        if (bounds.exclusiveMin ? !(number > bounds.min) : number < bounds.min) {
            report(path, std::string(bounds.exclusiveMin ? "must be greater than "
                                                         : "must be at least ") +
                             formatNumber(bounds.min) + ", got " + formatNumber(number));
            return false;
        }
        if (number > bounds.max) {
            report(path,
                   "must be at most " + formatNumber(bounds.max) + ", got " + formatNumber(number));
            return false;
        }
        return true;
    }

    Problems& m_problems;
};

// RFC 3339 date-time with upper-case T and Z: 2026-11-22T10:00:00Z,
// an optional fraction, Z or a ±HH:MM offset.
bool isRfc3339(std::string_view s) {
    auto digits = [&](std::size_t at, std::size_t count, int& value) {
        if (at + count > s.size())
            return false;
        value = 0;
        for (std::size_t i = at; i < at + count; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    };
    int year, month, day, hour, minute, second;
    if (!digits(0, 4, year) || s.size() < 20 || s[4] != '-' || !digits(5, 2, month) ||
        s[7] != '-' || !digits(8, 2, day) || s[10] != 'T' || !digits(11, 2, hour) || s[13] != ':' ||
        !digits(14, 2, minute) || s[16] != ':' || !digits(17, 2, second))
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int monthDays[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] || hour > 23 ||
        minute > 59 || second > 60)
        return false;
    std::size_t at = 19;
    if (s[at] == '.') {
        ++at;
        const std::size_t start = at;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9')
            ++at;
        if (at == start)
            return false;
    }
    if (at < s.size() && s[at] == 'Z')
        return at + 1 == s.size();
    int offsetHour, offsetMinute;
    return at + 6 == s.size() && (s[at] == '+' || s[at] == '-') && digits(at + 1, 2, offsetHour) &&
           s[at + 3] == ':' && digits(at + 4, 2, offsetMinute) && offsetHour <= 23 &&
           offsetMinute <= 59;
}

class DesignReader {
public:
    explicit DesignReader(Problems& problems)
        : r(problems) {}

    DesignData read(const Json& root) {
        DesignData design;
        if (const Json* value = r.member(root, "", "design");
            value && r.expectObject(*value, "design"))
            design.info = readInfo(*value, "design");
        design.components =
            readArray<Component>(root, "components", [&](const Json& v, const std::string& p) {
                return readComponent(v, p);
            });
        design.connections =
            readArray<Connection>(root, "connections", [&](const Json& v, const std::string& p) {
                return readConnection(v, p);
            });
        design.groups = readArray<Group>(
            root, "groups", [&](const Json& v, const std::string& p) { return readGroup(v, p); });
        design.notes = readArray<Note>(
            root, "notes", [&](const Json& v, const std::string& p) { return readNote(v, p); });
        design.annotations =
            readArray<Annotation>(root, "annotations", [&](const Json& v, const std::string& p) {
                return readAnnotation(v, p);
            });
        if (const Json* value = r.member(root, "", "critique");
            value && r.expectObject(*value, "critique"))
            design.critique = readCritique(*value, "critique");
        design.extra =
            Reader::unknownKeys(root, {"format", "version", "design", "components", "connections",
                                       "groups", "notes", "annotations", "critique"});
        return design;
    }

private:
    template <typename T, typename ReadOne>
    std::vector<T> readArray(const Json& root, std::string_view key, ReadOne readOne) {
        std::vector<T> out;
        const Json* value = r.member(root, "", key);
        const std::string path(key);
        if (!value || !r.expectArray(*value, path))
            return out;
        out.reserve(value->size());
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json& item = (*value)[i];
            const std::string itemPath = appendIndex(path, i);
            // Keep indices aligned with the file even for a broken element.
            if (!item.is_discarded() && r.expectObject(item, itemPath))
                out.push_back(readOne(item, itemPath));
            else
                out.emplace_back();
        }
        return out;
    }

    DesignInfo readInfo(const Json& object, const std::string& path) {
        DesignInfo info;
        r.readString(object, path, "id", info.id);
        r.readString(object, path, "title", info.title);
        r.readString(object, path, "prompt", info.prompt);
        const std::string reqPath = appendKey(path, "requirements");
        if (const Json* value = r.member(object, path, "requirements");
            value && r.expectObject(*value, reqPath))
            info.requirements = readRequirements(*value, reqPath);
        info.extra = Reader::unknownKeys(object, {"id", "title", "prompt", "requirements"});
        return info;
    }

    Requirements readRequirements(const Json& o, const std::string& p) {
        Requirements q;
        r.readInteger(o, p, "dau", q.dau, Bounds{0, kMaxNumber});
        r.readNumber(o, p, "peak_read_rps", q.peakReadRps, kNonNegative);
        r.readNumber(o, p, "peak_write_rps", q.peakWriteRps, kNonNegative);
        r.readNumber(o, p, "payload_bytes", q.payloadBytes, kNonNegative);
        r.readNumber(o, p, "latency_p99_ms", q.latencyP99Ms, kNonNegative);
        r.readNumber(o, p, "availability", q.availability, kPercentage);
        r.readEnum<Consistency>(o, p, "consistency", q.consistency);
        r.readEnum<Durability>(o, p, "durability", q.durability);
        r.readInteger(o, p, "regions", q.regions, kCount);
        r.readNumber(o, p, "retention_days", q.retentionDays, kNonNegative);
        auto strings = [&](const Json& v, const std::string& at) { return r.asStringArray(v, at); };
        r.read(o, p, "functional", q.functional, strings);
        r.read(o, p, "non_goals", q.nonGoals, strings);
        q.extra =
            Reader::unknownKeys(o, {"dau", "peak_read_rps", "peak_write_rps", "payload_bytes",
                                    "latency_p99_ms", "availability", "consistency", "durability",
                                    "regions", "retention_days", "functional", "non_goals"});
        return q;
    }

    void readPosition(const Json& object, const std::string& path, Position& position,
                      Json& extra) {
        const std::string p = appendKey(path, "position");
        const Json* value = r.member(object, path, "position");
        if (!value || !r.expectObject(*value, p))
            return;
        r.readNumber(*value, p, "x", position.x, kCoordinate, true);
        r.readNumber(*value, p, "y", position.y, kCoordinate, true);
        extra = Reader::unknownKeys(*value, {"x", "y"});
    }

    Component readComponent(const Json& o, const std::string& p) {
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
        r.readInteger(o, p, "replicas", c.replicas, kCount);
        r.readInteger(o, p, "zones", c.zones, kCount);
        readPosition(o, p, c.position, c.positionExtra);
        const std::string propsPath = appendKey(p, "props");
        if (const Json* props = r.member(o, p, "props");
            props && r.expectObject(*props, propsPath)) {
            if (kind)
                c.props = readComponentProps(*props, propsPath, *kind);
            else
                c.props.extra = *props; // without a kind, no prop can be interpreted
        }
        c.extra = Reader::unknownKeys(o, {"id", "kind", "name", "tech", "justification", "replicas",
                                          "zones", "position", "props"});
        return c;
    }

    ComponentProps readComponentProps(const Json& o, const std::string& p, ComponentKind kind) {
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
            readProp(*prop, *it, appendKey(p, it.key()), props);
        }
        return props;
    }

    // Reads one prop into its member of `props`, as its descriptor says.
    void readProp(const PropDescriptor& prop, const Json& v, const std::string& at,
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
                    value = readSignals(v, at);
                else
                    value = readDeadLetter(v, at);
                if (value)
                    out = std::move(value);
            },
            prop.field);
    }

    std::optional<DeadLetter> readDeadLetter(const Json& v, const std::string& at) {
        if (v.is_boolean())
            return v.get<bool>();
        if (v.is_string())
            return v.get<std::string>();
        r.report(at, "expected true, false or the id of a queue or stream, got " + describeType(v));
        return std::nullopt;
    }

    std::optional<std::vector<Signal>> readSignals(const Json& value, const std::string& path) {
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

    Connection readConnection(const Json& o, const std::string& p) {
        Connection c;
        c.id = r.asOwnId(o, p);
        auto reference = [&](const Json& v, const std::string& at) { return r.asReference(v, at); };
        r.read(o, p, "from", c.from, reference, true);
        r.read(o, p, "to", c.to, reference, true);
        r.readEnum<ConnectionKind>(o, p, "kind", c.kind, true);
        r.readString(o, p, "protocol", c.protocol);
        r.readString(o, p, "label", c.label);
        const std::string propsPath = appendKey(p, "props");
        if (const Json* props = r.member(o, p, "props");
            props && r.expectObject(*props, propsPath)) {
            const Json& q = *props;
            ConnectionProps& out = c.props;
            r.readNumber(q, propsPath, "timeout_ms", out.timeoutMs, kPositive);
            r.readInteger(q, propsPath, "retries", out.retries, kCountFromZero);
            r.readBool(q, propsPath, "backoff", out.backoff);
            r.readBool(q, propsPath, "circuit_breaker", out.circuitBreaker);
            r.readBool(q, propsPath, "idempotent", out.idempotent);
            r.readBool(q, propsPath, "auth", out.auth);
            r.readBool(q, propsPath, "tls", out.tls);
            out.extra = Reader::unknownKeys(q, {"timeout_ms", "retries", "backoff",
                                                "circuit_breaker", "idempotent", "auth", "tls"});
        }
        c.extra =
            Reader::unknownKeys(o, {"id", "from", "to", "kind", "protocol", "label", "props"});
        return c;
    }

    Group readGroup(const Json& o, const std::string& p) {
        Group g;
        g.id = r.asOwnId(o, p);
        r.readEnum<GroupKind>(o, p, "kind", g.kind, true);
        r.readString(o, p, "name", g.name);
        r.read(o, p, "members", g.members,
               [&](const Json& v, const std::string& at) { return r.asStringArray(v, at, true); });
        const std::string rectPath = appendKey(p, "rect");
        if (const Json* rect = r.member(o, p, "rect"); rect && r.expectObject(*rect, rectPath)) {
            r.readNumber(*rect, rectPath, "x", g.rect.x, kCoordinate, true);
            r.readNumber(*rect, rectPath, "y", g.rect.y, kCoordinate, true);
            r.readNumber(*rect, rectPath, "w", g.rect.w, kSize, true);
            r.readNumber(*rect, rectPath, "h", g.rect.h, kSize, true);
            g.rectExtra = Reader::unknownKeys(*rect, {"x", "y", "w", "h"});
        }
        g.extra = Reader::unknownKeys(o, {"id", "kind", "name", "members", "rect"});
        return g;
    }

    Note readNote(const Json& o, const std::string& p) {
        Note n;
        n.id = r.asOwnId(o, p);
        r.readString(o, p, "text", n.text);
        readPosition(o, p, n.position, n.positionExtra);
        n.extra = Reader::unknownKeys(o, {"id", "text", "position"});
        return n;
    }

    Annotation readAnnotation(const Json& o, const std::string& p) {
        Annotation a;
        a.id = r.asOwnId(o, p);
        r.readString(o, p, "target", a.target);
        r.readString(o, p, "author", a.author);
        r.readString(o, p, "text", a.text);
        r.read(o, p, "created", a.created,
               [&](const Json& v, const std::string& at) -> std::optional<std::string> {
                   auto text = r.asString(v, at);
                   if (text && !text->empty() && !isRfc3339(*text)) {
                       r.report(
                           at,
                           jsonQuoted(*text) +
                               " is not an RFC 3339 date-time such as \"2026-11-22T10:00:00Z\"");
                       return std::nullopt;
                   }
                   return text;
               });
        std::optional<bool> resolved;
        r.readBool(o, p, "resolved", resolved);
        a.resolved = resolved.value_or(false);
        r.readString(o, p, "reply_to", a.replyTo);
        a.extra = Reader::unknownKeys(
            o, {"id", "target", "author", "text", "created", "resolved", "reply_to"});
        return a;
    }

    // Reports `text` at `path` unless it is a rule id.
    bool checkRuleId(const std::string& text, const std::string& path) {
        if (isValidRuleId(text))
            return true;
        r.report(path,
                 jsonQuoted(text) + " is not a rule id (category.name, each of a-z, 0-9 and -)");
        return false;
    }

    std::optional<std::string> asRuleId(const Json& value, const std::string& path) {
        auto text = r.asString(value, path);
        if (text && !checkRuleId(*text, path))
            return std::nullopt;
        return text;
    }

    CritiqueSettings readCritique(const Json& o, const std::string& p) {
        CritiqueSettings settings;
        const std::string supPath = appendKey(p, "suppressions");
        if (const Json* list = r.member(o, p, "suppressions");
            list && r.expectArray(*list, supPath)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const Json& item = (*list)[i];
                const std::string at = appendIndex(supPath, i);
                Suppression s;
                if (!item.is_discarded() && r.expectObject(item, at)) {
                    r.read(
                        item, at, "rule", s.rule,
                        [&](const Json& v, const std::string& q) { return asRuleId(v, q); }, true);
                    r.readString(item, at, "target", s.target);
                    r.read(
                        item, at, "reason", s.reason,
                        [&](const Json& v, const std::string& q) -> std::optional<std::string> {
                            auto text = r.asString(v, q);
                            if (text &&
                                text->find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
                                r.report(q, "must say why the finding is accepted (it is empty)");
                                return std::nullopt;
                            }
                            return text;
                        },
                        true);
                    s.extra = Reader::unknownKeys(item, {"rule", "target", "reason"});
                }
                settings.suppressions.push_back(std::move(s));
            }
        }
        const std::string sevPath = appendKey(p, "severity");
        if (const Json* map = r.member(o, p, "severity"); map && r.expectObject(*map, sevPath)) {
            for (auto it = map->begin(); it != map->end(); ++it) {
                const std::string at = appendKey(sevPath, it.key());
                if (!checkRuleId(it.key(), at))
                    continue;
                if (it->is_discarded())
                    continue;
                if (const auto severity = r.asEnum<Severity>(*it, at))
                    settings.severity[it.key()] = *severity;
            }
        }
        const std::string disPath = appendKey(p, "disabled");
        if (const Json* list = r.member(o, p, "disabled")) {
            if (auto ids = r.asStringArray(*list, disPath, true)) {
                for (std::size_t i = 0; i < ids->size(); ++i)
                    checkRuleId((*ids)[i], appendIndex(disPath, i));
                settings.disabled = std::move(*ids);
            }
        }
        settings.extra = Reader::unknownKeys(o, {"suppressions", "severity", "disabled"});
        return settings;
    }

    Reader r;
};

// Format and version come first: a file of another format or version is
// never half-read, so its problem is the only one.
std::optional<Problem> checkFormatAndVersion(const Json& root) {
    const auto format = root.find("format");
    if (format == root.end())
        return Problem{"format", "missing"};
    if (!format->is_string() || format->get<std::string>() != "archboard")
        return Problem{"format", std::string("expected \"archboard\", got ") +
                                     (format->is_string() ? jsonQuoted(format->get<std::string>())
                                                          : describeType(*format))};
    const auto version = root.find("version");
    if (version == root.end())
        return Problem{"version", "missing"};
    if (!version->is_number())
        return Problem{"version", "expected an integer, got " + describeType(*version)};
    const double number = version->get<double>();
    if (std::trunc(number) != number)
        return Problem{"version", "expected an integer, got " + formatNumber(number)};
    if (number > kFormatVersion)
        return Problem{"version", formatNumber(number) + " is newer than this Archboard reads (" +
                                      std::to_string(kFormatVersion) + ")"};
    if (number < kFormatVersion)
        return Problem{"version", formatNumber(number) + " is not a version of this format (" +
                                      std::to_string(kFormatVersion) + " is the first)"};
    return std::nullopt;
}

void capProblems(Problems& problems) {
    if (problems.size() <= limits::kMaxMessages)
        return;
    const std::size_t more = problems.size() - limits::kMaxMessages;
    problems.resize(limits::kMaxMessages);
    problems.push_back({"", "stopped after " + std::to_string(limits::kMaxMessages) +
                                " problems (" + std::to_string(more) + " more not shown)"});
}

struct FileDescriptor {
    explicit FileDescriptor(int f)
        : fd(f) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (fd >= 0)
            ::close(fd);
    }
    int fd;
};

// Format and version, then every field, then references; `problems` may
// already hold what the parser found.
LoadResult readRoot(const Json& root, Problems problems) {
    LoadResult result;
    if (auto problem = checkFormatAndVersion(root)) {
        result.problems.push_back(std::move(*problem));
        return result;
    }
    result.problems = std::move(problems);
    DesignReader reader(result.problems);
    DesignData design = reader.read(root);
    for (Problem& problem : validateReferences(design))
        result.problems.push_back(std::move(problem));
    if (!result.problems.empty()) {
        capProblems(result.problems);
        return result;
    }
    result.design = std::move(design);
    return result;
}

} // namespace

LoadResult readDesignJson(std::string_view bytes) {
    JsonTree tree = parseJsonTree(bytes);
    if (!tree.root) {
        LoadResult result;
        result.problems = std::move(tree.problems);
        return result;
    }
    LoadResult result = readRoot(*tree.root, std::move(tree.problems));
    if (!result.ok())
        return result;
    auto recordLines = [&](std::string_view key, const auto& elements) {
        const auto lines = tree.elementLines.find(key);
        if (lines == tree.elementLines.end())
            return;
        for (std::size_t i = 0; i < elements.size() && i < lines->second.size(); ++i)
            result.elementLines.emplace(elements[i].id, lines->second[i]);
    };
    const DesignData& design = *result.design;
    recordLines("components", design.components);
    recordLines("connections", design.connections);
    recordLines("groups", design.groups);
    recordLines("notes", design.notes);
    recordLines("annotations", design.annotations);
    return result;
}

LoadResult readDesignTree(const Json& root) {
    if (!root.is_object()) {
        LoadResult result;
        result.problems.push_back({"", "the top level is not a JSON object"});
        return result;
    }
    return readRoot(root, {});
}

LoadResult readDesignFile(const std::filesystem::path& path) {
    LoadResult result;
    auto fail = [&](std::string what) {
        result.problems.push_back({"", std::move(what)});
        return result;
    };
    const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    const int fd = file.fd;
    if (fd < 0)
        return fail(std::string("cannot open: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return fail(std::string("cannot read: ") + std::strerror(errno));
    if (S_ISDIR(info.st_mode))
        return fail("cannot open: is a directory");
    if (!S_ISREG(info.st_mode))
        return fail("cannot open: not a regular file");
    // A document may hold a long history: the size limit is for one design.
    if (store::looksLikeDocument(path))
        return store::readDocumentDesign(path);
    if (static_cast<std::uintmax_t>(info.st_size) > limits::kMaxFileBytes)
        return fail("file is too large: " + std::to_string(info.st_size) +
                    " bytes; designs are at most 256 MiB (268435456 bytes)");
    std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(std::string("cannot read: ") + std::strerror(errno));
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    bytes.resize(done);
    return readDesignJson(bytes);
}

} // namespace archboard
