#pragma once

#include "designcommand.h"

namespace archboard {

// Moves components, notes and groups (a group by its rect's top-left).
// Commands with the same merge key (one drag, one held arrow key) merge
// into one undo step; a drag that ends where it began leaves no step.
class MoveElementsCommand : public DesignCommand {
public:
    MoveElementsCommand(Design& design, std::vector<Placement> from, std::vector<Placement> to,
                        int mergeKey, const QString& text = QString());

    const std::vector<Placement>& to() const { return m_to; }
    void redo() override;
    void undo() override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    std::vector<Placement> m_from;
    std::vector<Placement> m_to;
};

} // namespace archboard
