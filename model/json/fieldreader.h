#pragma once

#include "../elementid.h"
#include "../json.h"
#include "../kinds.h"
#include "../numberrange.h"
#include "../problem.h"
#include "jsonpath.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archboard {

struct Position;

// "a string", "an object", …: a JSON value's type, for messages.
std::string describeType(const Json& value);

// Reads the fields of one JSON object after another into typed values,
// reporting each problem at its JSON path. The section readers
// (sectionreaders.h) are written in its terms.
class FieldReader {
public:
    explicit FieldReader(Problems& problems)
        : m_problems(problems) {}

    void report(std::string where, std::string what);

    // The member `key` of `object`; reports a missing required one. A value
    // already reported while parsing (discarded) counts as absent, silently.
    const Json* member(const Json& object, const std::string& path, std::string_view key,
                       bool required = false);

    // Unknown keys of `object`, in the order read.
    static Json unknownKeys(const Json& object, std::initializer_list<std::string_view> known);

    bool expectObject(const Json& value, const std::string& path);
    bool expectArray(const Json& value, const std::string& path);

    std::optional<std::string> asString(const Json& value, const std::string& path);
    std::optional<bool> asBool(const Json& value, const std::string& path);
    std::optional<double> asNumber(const Json& value, const std::string& path, NumberRange range);
    std::optional<std::int64_t> asInteger(const Json& value, const std::string& path,
                                          NumberRange range);

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
    ElementId asOwnId(const Json& object, const std::string& path);

    // A reference to an element: any string; whether it resolves is checked
    // once every element is read.
    std::optional<ElementId> asReference(const Json& value, const std::string& path);

    // An array of strings; `unique` reports repeats at their later index.
    std::optional<std::vector<std::string>>
    asStringArray(const Json& value, const std::string& path, bool unique = false);

    // Reads `object[key]` with `convert` into `out` when present and valid.
    template <typename T, typename Convert>
    void read(const Json& object, const std::string& path, std::string_view key, T& out,
              Convert convert, bool required = false) {
        if (const Json* value = member(object, path, key, required))
            if (auto converted = convert(*value, appendKey(path, key)))
                out = std::move(*converted);
    }

    void readString(const Json& object, const std::string& path, std::string_view key,
                    std::string& out);
    void readBool(const Json& object, const std::string& path, std::string_view key,
                  std::optional<bool>& out);

    template <typename T>
    void readNumber(const Json& object, const std::string& path, std::string_view key, T& out,
                    NumberRange range, bool required = false) {
        read(
            object, path, key, out,
            [&](const Json& v, const std::string& p) { return asNumber(v, p, range); }, required);
    }

    template <typename T>
    void readInteger(const Json& object, const std::string& path, std::string_view key, T& out,
                     NumberRange range) {
        read(object, path, key, out,
             [&](const Json& v, const std::string& p) { return asInteger(v, p, range); });
    }

    template <typename E, typename T>
    void readEnum(const Json& object, const std::string& path, std::string_view key, T& out,
                  bool required = false) {
        read(
            object, path, key, out,
            [&](const Json& v, const std::string& p) { return asEnum<E>(v, p); }, required);
    }

    // `object.position` ({x, y}) into `position`, its unknown keys into `extra`.
    void readPosition(const Json& object, const std::string& path, Position& position, Json& extra);

private:
    bool checkRange(double number, const std::string& path, NumberRange range);

    Problems& m_problems;
};

} // namespace archboard
