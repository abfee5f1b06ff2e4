#pragma once

#include "componentprops.h"

namespace archboard {

struct Connection {
    ElementId id;
    ElementId from;
    ElementId to;
    ConnectionKind kind = ConnectionKind::Sync;
    std::string protocol;
    std::string label;
    ConnectionProps props;
    Json extra = Json::object();

    bool operator==(const Connection&) const = default;
};

} // namespace archboard
