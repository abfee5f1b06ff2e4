#pragma once
// Small elements for designs built in code: a named component at a place, a
// connection between two ids.
#include "model/component.h"
#include "model/connection.h"

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

} // namespace archboard::testing
