#include "fieldreader.h"

#include "../elementid.h"
#include "../geometry.h"
#include "numberformat.h"

#include <algorithm>
#include <cmath>

namespace archboard {

namespace {

std::string invalidIdMessage(const std::string& id) {
    return jsonQuoted(id) + " is not a valid id (1 to 64 characters of A-Z, a-z, 0-9, _, . and -)";
}

} // namespace

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

void FieldReader::report(std::string where, std::string what) {
    m_problems.push_back({std::move(where), std::move(what)});
}

const Json* FieldReader::member(const Json& object, const std::string& path, std::string_view key,
                                bool required) {
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

Json FieldReader::unknownKeys(const Json& object, std::initializer_list<std::string_view> known) {
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

bool FieldReader::expectObject(const Json& value, const std::string& path) {
    if (value.is_object())
        return true;
    report(path, "expected an object, got " + describeType(value));
    return false;
}

bool FieldReader::expectArray(const Json& value, const std::string& path) {
    if (value.is_array())
        return true;
    report(path, "expected an array, got " + describeType(value));
    return false;
}

std::optional<std::string> FieldReader::asString(const Json& value, const std::string& path) {
    if (value.is_string())
        return value.get<std::string>();
    report(path, "expected a string, got " + describeType(value));
    return std::nullopt;
}

std::optional<bool> FieldReader::asBool(const Json& value, const std::string& path) {
    if (value.is_boolean())
        return value.get<bool>();
    report(path, "expected true or false, got " + describeType(value));
    return std::nullopt;
}

std::optional<double> FieldReader::asNumber(const Json& value, const std::string& path,
                                            NumberRange range) {
    if (!value.is_number()) {
        report(path, "expected a number, got " + describeType(value));
        return std::nullopt;
    }
    const double number = value.get<double>();
    if (!checkRange(number, path, range))
        return std::nullopt;
    return number;
}

std::optional<std::int64_t> FieldReader::asInteger(const Json& value, const std::string& path,
                                                   NumberRange range) {
    if (!value.is_number()) {
        report(path, "expected an integer, got " + describeType(value));
        return std::nullopt;
    }
    const double number = value.get<double>();
    if (value.is_number_float() && std::trunc(number) != number) {
        report(path, "expected an integer, got " + formatNumber(number));
        return std::nullopt;
    }
    if (!checkRange(number, path, range))
        return std::nullopt;
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    return static_cast<std::int64_t>(number);
}

ElementId FieldReader::asOwnId(const Json& object, const std::string& path) {
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

std::optional<ElementId> FieldReader::asReference(const Json& value, const std::string& path) {
    auto text = asString(value, path);
    if (text && text->empty()) {
        report(path, "must name a component (it is empty)");
        return std::nullopt;
    }
    return text;
}

std::optional<std::vector<std::string>>
FieldReader::asStringArray(const Json& value, const std::string& path, bool unique) {
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

void FieldReader::readString(const Json& object, const std::string& path, std::string_view key,
                             std::string& out) {
    read(object, path, key, out,
         [&](const Json& v, const std::string& p) { return asString(v, p); });
}

void FieldReader::readBool(const Json& object, const std::string& path, std::string_view key,
                           std::optional<bool>& out) {
    read(object, path, key, out, [&](const Json& v, const std::string& p) { return asBool(v, p); });
}

void FieldReader::readPosition(const Json& object, const std::string& path, Position& position,
                               Json& extra) {
    const std::string p = appendKey(path, "position");
    const Json* value = member(object, path, "position");
    if (!value || !expectObject(*value, p))
        return;
    readNumber(*value, p, "x", position.x, range::kCoordinate, true);
    readNumber(*value, p, "y", position.y, range::kCoordinate, true);
    extra = unknownKeys(*value, {"x", "y"});
}

bool FieldReader::checkRange(double number, const std::string& path, NumberRange range) {
    if (range.exclusiveMin ? !(number > range.min) : number < range.min) {
        report(path,
               std::string(range.exclusiveMin ? "must be greater than " : "must be at least ") +
                   formatNumber(range.min) + ", got " + formatNumber(number));
        return false;
    }
    if (number > range.max) {
        report(path,
               "must be at most " + formatNumber(range.max) + ", got " + formatNumber(number));
        return false;
    }
    return true;
}

} // namespace archboard
