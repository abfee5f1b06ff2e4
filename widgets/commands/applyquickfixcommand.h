#pragma once

#include "critique/quickfix/quickfixplan.h"
#include "designcommand.h"

namespace archboard {

// Applies a quick fix (critique/quickfix/quickfix.h) as one undo step: adds
// its new components and connections, then replaces the elements it edits.
// Undo puts the edited elements back first (a queue's dead letter naming the
// added queue goes with it), then removes what was added. The affected
// elements become the selection after redo.
class ApplyQuickFixCommand : public DesignCommand {
public:
    ApplyQuickFixCommand(Design& design, QuickFixPlan plan);

    const QuickFixPlan& plan() const { return m_plan; }
    void redo() override;
    void undo() override;

private:
    QuickFixPlan m_plan;
    std::vector<AnyElement> m_before; // the edited elements as they were
    std::vector<ElementId> m_addedIds;
};

} // namespace archboard
