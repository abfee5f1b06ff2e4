#pragma once

#include "designcommand.h"
#include "model/layout/flowlayout.h"

namespace archboard {

// Puts every component, note and container where an automatic layout says,
// as one undo step; undo puts each back exactly where it was.
class TidyLayoutCommand : public DesignCommand {
public:
    TidyLayoutCommand(Design& design, const FlowLayout& layout);

    void redo() override;
    void undo() override;

private:
    struct Arrangement {
        std::vector<Placement> placements; // components and notes
        std::vector<GroupPlacement> groups;
    };
    void apply(const Arrangement& arrangement);

    Arrangement m_before;
    Arrangement m_after;
};

} // namespace archboard
