#pragma once

#include "elementid.h"
#include "json.h"

namespace archboard {

// A reviewer's remark pinned to a component, connection or group (or to the
// whole design when target is empty).
struct Annotation {
    ElementId id;
    ElementId target;
    std::string author;
    std::string text;
    std::string created; // "" or RFC 3339 date-time
    bool resolved = false;
    ElementId replyTo; // "" or an earlier annotation's id
    Json extra = Json::object();

    bool operator==(const Annotation&) const = default;
};

} // namespace archboard
