#pragma once

#include "commandid.h"
#include "model/design.h"

#include <QUndoCommand>
#include <vector>

namespace archboard {

// Base of every undo command. A command holds ids and values, never item
// pointers, and its redo()/undo() only call Design; the views follow the
// design's changes.
//
// Consecutive commands of one kind merge into one undo step when they share a
// merge key other than 0 (one drag, one held arrow key, one editing session
// of a field) and the kind's mergeWith() agrees.
//
// Commands made on the canvas record the selection before and after as ids,
// so the canvas can restore it when the command is undone or redone; a
// command that records none leaves the selection as it is.
class DesignCommand : public QUndoCommand {
public:
    int id() const final { return static_cast<int>(m_id); }
    CommandId commandId() const { return m_id; }
    int mergeKey() const { return m_mergeKey; }

    bool recordsSelection() const { return m_recordsSelection; }
    const std::vector<ElementId>& selectionBefore() const { return m_selectionBefore; }
    const std::vector<ElementId>& selectionAfter() const { return m_selectionAfter; }
    void setSelection(std::vector<ElementId> before, std::vector<ElementId> after);

    // A fresh merge key: one per drag, key press or editing session.
    static int newMergeKey();

protected:
    // `mergeKey` 0: never merges.
    DesignCommand(Design& design, CommandId id, const QString& text, int mergeKey = 0);
    Design& design() const { return m_design; }

    // `other` as a T when the two may merge: the same kind and the same
    // merge key, other than 0.
    template <class T> const T* mergeCandidate(const QUndoCommand* other) const {
        const auto* next = dynamic_cast<const T*>(other);
        return next && m_mergeKey != 0 && next->mergeKey() == m_mergeKey ? next : nullptr;
    }

private:
    Design& m_design;
    CommandId m_id;
    int m_mergeKey;
    bool m_recordsSelection = false;
    std::vector<ElementId> m_selectionBefore;
    std::vector<ElementId> m_selectionAfter;
};

} // namespace archboard
