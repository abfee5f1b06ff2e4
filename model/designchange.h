#pragma once

#include "elementid.h"

#include <vector>

namespace archboard {

// Which aspect of the design an edit touched, so a listener can skip work:
// no rule reads positions, so a drag never re-runs the critic.
enum Aspect : unsigned {
    Geometry = 1,  // positions, rects
    Content = 2,   // names, kinds, props, text, requirements, critique settings
    Structure = 4, // elements added or removed, connection ends, group membership
};

struct DesignChange {
    std::vector<ElementId> added;
    std::vector<ElementId> removed;
    std::vector<ElementId> modified;
    unsigned aspects = 0;
    bool designInfo = false; // title, prompt, requirements
    bool critiqueSettings = false;
    bool reset = false; // everything replaced (a file was loaded)

    bool empty() const {
        return added.empty() && removed.empty() && modified.empty() && !designInfo &&
               !critiqueSettings && !reset;
    }
};

} // namespace archboard
