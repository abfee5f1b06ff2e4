#pragma once

#include "../designdata.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archboard {

// One field that differs: its path (inside the element, or the full path
// outside the element arrays) and its value on each side; a side where the
// field is absent has no value.
struct FieldChange {
    std::string path;
    std::optional<Json> a;
    std::optional<Json> b;
};

// An element added, removed or changed; `type` is component, connection,
// group, note or annotation.
struct ElementChange {
    std::string type;
    std::string id;
    Json value;                      // added and removed: the element as written
    std::vector<FieldChange> fields; // changed: field by field, in written order
};

// The semantic diff of cli.md: elements matched by id within their array,
// objects compared key by key, every other value whole.
struct DesignDiff {
    std::vector<FieldChange> design; // outside the element arrays
    std::vector<ElementChange> added;
    std::vector<ElementChange> removed;
    std::vector<ElementChange> changed; // each list by type, then id in byte order

    bool empty() const {
        return design.empty() && added.empty() && removed.empty() && changed.empty();
    }
};

DesignDiff diffDesigns(const DesignData& a, const DesignData& b);

// Designs are equal when they are written as the same bytes; an array whose
// elements only changed order differs without any line in the diff.
bool designsEqual(const DesignData& a, const DesignData& b);

// `diff --format text`: one line per difference, LF after each, elements
// named as people call them in `a` and `b` (elementnames.h).
std::string diffToText(const DesignDiff& diff, const DesignData& a, const DesignData& b);
// `diff --format json`, as a JSON tree ({"a", "b", "design", "added", …}).
Json diffToJson(const DesignDiff& diff, std::string_view aName, std::string_view bName);

} // namespace archboard
