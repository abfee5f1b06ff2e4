#pragma once

#include "../designdata.h"
#include "../json/designjson.h"

#include <array>
#include <string>
#include <vector>

namespace archboard::store {

// A design cut into the pieces a document stores: the header (everything
// outside the element arrays) and each element, each as MessagePack bytes
// of its canonical JSON tree. Two designs are written as the same JSON bytes
// exactly when their parts are equal, so equality needs no JSON at all.
struct StoredElement {
    std::string id;
    std::string body;
    bool operator==(const StoredElement&) const = default;
};

inline constexpr std::size_t kElementArrays = 5; // components … annotations
inline constexpr std::array<const char*, kElementArrays> kElementArrayKeys{
    "components", "connections", "groups", "notes", "annotations"};

struct DesignParts {
    std::string header;
    std::array<std::vector<StoredElement>, kElementArrays> arrays;
    bool operator==(const DesignParts&) const = default;
};

DesignParts splitDesign(const DesignData& design);

// The same, reusing the bytes of every element that is exactly as in
// `previous` (split before into `previousParts`): an edit costs what changed.
DesignParts splitDesign(const DesignData& design, const DesignData& previous,
                        const DesignParts& previousParts);

// Rebuilds and validates the design, exactly as it was split.
LoadResult joinDesign(const DesignParts& parts);

} // namespace archboard::store
