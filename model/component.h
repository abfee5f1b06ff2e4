#pragma once

#include "componentprops.h"
#include "geometry.h"

namespace archboard {

struct Component {
    ElementId id;
    ComponentKind kind = ComponentKind::Service;
    std::string name;
    std::string tech;          // free text, matched against the technology catalogue
    std::string justification; // why this technology, in the requirements' terms
    std::int64_t replicas = 1;
    std::int64_t zones = 1; // availability zones the replicas span
    Position position;
    ComponentProps props;
    Json extra = Json::object();
    Json positionExtra = Json::object();

    bool operator==(const Component&) const = default;
};

} // namespace archboard
