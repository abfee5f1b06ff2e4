#include "designdiff.h"

#include "../json/designjson.h"
#include "../json/jsonpath.h"
#include "../text/terminaltext.h"
#include "elementnames.h"

#include <algorithm>
#include <array>
#include <map>

namespace archboard {

namespace {

struct ElementArray {
    const char* key;
    const char* type;
};

constexpr std::array<ElementArray, 5> kArrays{{{"components", "component"},
                                               {"connections", "connection"},
                                               {"groups", "group"},
                                               {"notes", "note"},
                                               {"annotations", "annotation"}}};

// Values are the same when they are written the same: 1 and 1.0 differ.
bool sameValue(const Json& a, const Json& b) {
    return a.dump() == b.dump();
}

// The keys of two objects in written order: a's, with the keys only b has
// placed before the first key they precede in b, or at the end.
std::vector<std::string> unionOfKeys(const Json& a, const Json& b) {
    std::vector<std::string> keys;
    auto bIt = b.begin();
    const auto takeBOnly = [&] {
        if (!a.contains(bIt.key()))
            keys.push_back(bIt.key());
        ++bIt;
    };
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.contains(it.key())) {
            while (bIt != b.end() && bIt.key() != it.key())
                takeBOnly();
            if (bIt != b.end())
                ++bIt;
        }
        keys.push_back(it.key());
    }
    while (bIt != b.end())
        takeBOnly();
    return keys;
}

void diffValues(const std::string& path, const Json* a, const Json* b,
                std::vector<FieldChange>& out) {
    if (a && b && a->is_object() && b->is_object()) {
        for (const std::string& key : unionOfKeys(*a, *b)) {
            const auto inA = a->find(key);
            const auto inB = b->find(key);
            diffValues(appendKey(path, key), inA == a->end() ? nullptr : &*inA,
                       inB == b->end() ? nullptr : &*inB, out);
        }
        return;
    }
    if (a && b && sameValue(*a, *b))
        return;
    FieldChange change{path, std::nullopt, std::nullopt};
    if (a)
        change.a = *a;
    if (b)
        change.b = *b;
    out.push_back(std::move(change));
}

std::map<std::string, const Json*> byId(const Json& array) {
    std::map<std::string, const Json*> elements; // std::map: byte order of id
    for (const Json& element : array)
        elements.emplace(element["id"].get<std::string>(), &element);
    return elements;
}

std::string compact(const std::optional<Json>& value) {
    return value ? value->dump() : "(absent)";
}

Json fieldJson(const FieldChange& field) {
    Json out = Json::object();
    out["path"] = field.path;
    if (field.a)
        out["a"] = *field.a;
    if (field.b)
        out["b"] = *field.b;
    return out;
}

} // namespace

DesignDiff diffDesigns(const DesignData& a, const DesignData& b) {
    Json rootA = designToJson(a);
    Json rootB = designToJson(b);
    DesignDiff diff;
    for (const ElementArray& array : kArrays) {
        const auto elementsA = byId(rootA[array.key]);
        const auto elementsB = byId(rootB[array.key]);
        for (const auto& [id, element] : elementsB)
            if (!elementsA.contains(id))
                diff.added.push_back({array.type, id, *element, {}});
        for (const auto& [id, element] : elementsA) {
            const auto other = elementsB.find(id);
            if (other == elementsB.end()) {
                diff.removed.push_back({array.type, id, *element, {}});
                continue;
            }
            ElementChange change{array.type, id, Json(), {}};
            diffValues("", element, other->second, change.fields);
            if (!change.fields.empty())
                diff.changed.push_back(std::move(change));
        }
        rootA.erase(array.key);
        rootB.erase(array.key);
    }
    diffValues("", &rootA, &rootB, diff.design);
    return diff;
}

bool designsEqual(const DesignData& a, const DesignData& b) {
    return writeDesignJson(a) == writeDesignJson(b);
}

std::string diffToText(const DesignDiff& diff, const DesignData& a, const DesignData& b) {
    const ElementNames names(a, b);
    const auto quoted = [&names](const ElementChange& element) {
        // Names are user text on a terminal; values are JSON, escaped already.
        return "\"" + text::printableText(names.of(element.id)) + "\"";
    };
    std::string text;
    for (const FieldChange& field : diff.design)
        text +=
            "~ design " + field.path + ": " + compact(field.a) + " -> " + compact(field.b) + "\n";
    for (const ElementChange& element : diff.added)
        text += "+ " + element.type + " " + quoted(element) + "\n";
    for (const ElementChange& element : diff.removed)
        text += "- " + element.type + " " + quoted(element) + "\n";
    for (const ElementChange& element : diff.changed)
        for (const FieldChange& field : element.fields)
            text += "~ " + element.type + " " + quoted(element) + " " + field.path + ": " +
                    compact(field.a) + " -> " + compact(field.b) + "\n";
    return text;
}

Json diffToJson(const DesignDiff& diff, std::string_view aName, std::string_view bName) {
    Json out = Json::object();
    out["a"] = std::string(aName);
    out["b"] = std::string(bName);
    Json design = Json::array();
    for (const FieldChange& field : diff.design)
        design.push_back(fieldJson(field));
    out["design"] = std::move(design);
    const auto elementList = [](const std::vector<ElementChange>& elements) {
        Json list = Json::array();
        for (const ElementChange& element : elements) {
            Json item = Json::object();
            item["type"] = element.type;
            item["id"] = element.id;
            item["value"] = element.value;
            list.push_back(std::move(item));
        }
        return list;
    };
    out["added"] = elementList(diff.added);
    out["removed"] = elementList(diff.removed);
    Json changed = Json::array();
    for (const ElementChange& element : diff.changed) {
        Json item = Json::object();
        item["type"] = element.type;
        item["id"] = element.id;
        Json fields = Json::array();
        for (const FieldChange& field : element.fields)
            fields.push_back(fieldJson(field));
        item["fields"] = std::move(fields);
        changed.push_back(std::move(item));
    }
    out["changed"] = std::move(changed);
    return out;
}

} // namespace archboard
