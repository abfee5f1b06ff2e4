#pragma once

#include "elementid.h"
#include "geometry.h"
#include "json.h"

namespace archboard {

struct Note {
    ElementId id;
    std::string text;
    Position position;
    Json extra = Json::object();
    Json positionExtra = Json::object();

    bool operator==(const Note&) const = default;
};

} // namespace archboard
