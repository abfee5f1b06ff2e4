#pragma once

#include "model/design.h"

#include <string>
#include <vector>

namespace archboard {

// What a quick fix will do to a design, worked out before anything changes:
// the elements it adds and the elements it edits (as they will be), and, for
// the preview, one line in the design's own names per change. Applying it
// adds, then replaces; undoing it puts the edited elements back, then removes
// the added ones.
struct QuickFixPlan {
    // The undo step's text: "Add a dead-letter queue to “Orders”".
    std::string title;
    // One sentence per change, in the order they are made.
    std::vector<std::string> changes;
    // New components, then the connections that need them.
    std::vector<AnyElement> added;
    // Edited elements of the design, same ids, as the fix leaves them.
    std::vector<AnyElement> changed;

    bool empty() const { return added.empty() && changed.empty(); }
    // Everything the fix adds or edits, in that order.
    std::vector<ElementId> affected() const;
};

} // namespace archboard
