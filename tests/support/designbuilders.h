#pragma once
// Small elements for designs built in code: a named component at a place, a
// connection between two ids, an "East" region around some members, a note.
#include "model/component.h"
#include "model/connection.h"
#include "model/group.h"
#include "model/note.h"

#include <initializer_list>
#include <string>

namespace archboard::testing {

inline Component component(const char* id, double x, double y) {
    Component c;
    c.id = id;
    c.name = std::string("Name of ") + id;
    c.position = {x, y};
    return c;
}

inline Connection connection(const char* id, const char* from, const char* to) {
    Connection c;
    c.id = id;
    c.from = from;
    c.to = to;
    return c;
}

inline Group eastRegion(std::initializer_list<const char*> members) {
    Group g;
    g.id = "g";
    g.kind = GroupKind::Region;
    g.name = "East";
    for (const char* member : members)
        g.members.emplace_back(member);
    g.rect = {-100, -60, 400, 200};
    return g;
}

inline Note note(double x, double y) {
    Note n;
    n.id = "n";
    n.text = "Remember";
    n.position = {x, y};
    return n;
}

} // namespace archboard::testing
