#pragma once

// Small builders shared by the panel suites.

#include "model/component.h"

namespace panelsupport {

inline archboard::Component component(const char* id, archboard::ComponentKind kind,
                                      const char* name) {
    archboard::Component c;
    c.id = id;
    c.kind = kind;
    c.name = name;
    return c;
}

} // namespace panelsupport
