#pragma once

#include "designcommand.h"

namespace archboard {

// Gives a group a new rect; one resize drag is one undo step.
class ResizeGroupCommand : public DesignCommand {
public:
    ResizeGroupCommand(Design& design, ElementId group, Rect from, Rect to, int mergeKey);

    void redo() override;
    void undo() override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const Rect& rect);

    ElementId m_group;
    Rect m_from;
    Rect m_to;
};

} // namespace archboard
