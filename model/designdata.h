#pragma once

#include "annotation.h"
#include "component.h"
#include "connection.h"
#include "critiquesettings.h"
#include "designinfo.h"
#include "group.h"
#include "note.h"

namespace archboard {

inline constexpr int kFormatVersion = 1;

// One design as the file holds it: plain values in stored order. `Design`
// wraps this with indices and change notification.
struct DesignData {
    DesignInfo info;
    std::vector<Component> components;
    std::vector<Connection> connections;
    std::vector<Group> groups;
    std::vector<Note> notes;
    std::vector<Annotation> annotations;
    CritiqueSettings critique;
    Json extra = Json::object(); // unknown top-level keys

    bool operator==(const DesignData&) const = default;
};

} // namespace archboard
