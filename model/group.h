#pragma once

#include "elementid.h"
#include "geometry.h"
#include "json.h"
#include "kinds.h"

#include <vector>

namespace archboard {

struct Group {
    ElementId id;
    GroupKind kind = GroupKind::Boundary;
    std::string name;
    std::vector<ElementId> members; // component ids, each at most once
    Rect rect;
    Json extra = Json::object();
    Json rectExtra = Json::object();

    bool operator==(const Group&) const = default;
};

} // namespace archboard
