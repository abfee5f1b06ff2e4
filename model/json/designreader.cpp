// Reads a v1 design: bytes -> JSON tree (jsontree.cpp) -> typed DesignData,
// reporting every problem at its JSON path.
#include "../validation.h"
#include "designjson.h"
#include "jsonpath.h"
#include "jsontree.h"
#include "numberformat.h"
#include "sectionreaders.h"

#include <cmath>
#include <initializer_list>
#include <memory>

namespace archboard {

namespace {

// The top level: each part of the design goes to its reader (sectionreaders.h).
class DesignReader {
public:
    explicit DesignReader(Problems& problems)
        : r(problems) {}

    DesignData read(const Json& root) {
        DesignData design;
        if (const Json* value = r.member(root, "", "design");
            value && r.expectObject(*value, "design"))
            design.info = readDesignInfo(r, *value, "design");
        design.components =
            readArray<Component>(root, "components", [&](const Json& v, const std::string& p) {
                return readComponent(r, v, p);
            });
        design.connections =
            readArray<Connection>(root, "connections", [&](const Json& v, const std::string& p) {
                return readConnection(r, v, p);
            });
        design.groups = readArray<Group>(root, "groups", [&](const Json& v, const std::string& p) {
            return readGroup(r, v, p);
        });
        design.notes = readArray<Note>(
            root, "notes", [&](const Json& v, const std::string& p) { return readNote(r, v, p); });
        design.annotations =
            readArray<Annotation>(root, "annotations", [&](const Json& v, const std::string& p) {
                return readAnnotation(r, v, p);
            });
        if (const Json* value = r.member(root, "", "critique");
            value && r.expectObject(*value, "critique"))
            design.critique = readCritiqueSettings(r, *value, "critique");
        design.extra = FieldReader::unknownKeys(root, {"format", "version", "design", "components",
                                                       "connections", "groups", "notes",
                                                       "annotations", "critique"});
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

    FieldReader r;
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

} // namespace archboard
