#pragma once

#include "model/design.h"

#include <QUndoCommand>
#include <vector>

namespace archboard {

// Base of the canvas's undo commands. A command holds ids and values, never
// item pointers, and its redo()/undo() only call Design; the views follow
// the design's changes. The selection before and after is kept as ids so
// the canvas can restore it when the command is undone or redone.
class DesignCommand : public QUndoCommand {
public:
    const std::vector<ElementId>& selectionBefore() const { return m_selectionBefore; }
    const std::vector<ElementId>& selectionAfter() const { return m_selectionAfter; }
    void setSelection(std::vector<ElementId> before, std::vector<ElementId> after);

    // A fresh key for commands that merge: one per drag or key press.
    static int newMergeKey();

protected:
    DesignCommand(Design& design, const QString& text);
    Design& design() const { return m_design; }

private:
    Design& m_design;
    std::vector<ElementId> m_selectionBefore;
    std::vector<ElementId> m_selectionAfter;
};

} // namespace archboard
