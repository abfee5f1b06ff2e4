#pragma once

#include "model/design.h"

#include <QString>
#include <QUndoCommand>

namespace archboard {

// Replaces one element (same id) with an edited copy: a rename, a new kind,
// a prop. Consecutive commands for the same element with the same non-empty
// merge key become one undo step, so typing a name, or stepping a spin box,
// undoes at once. An edit the model refuses (say, a dead letter naming a
// queue that has gone) leaves the design as it was and is not recorded.
class EditElementCommand : public QUndoCommand {
public:
    // Outside the small ids other commands use, so no other command type
    // is ever asked to merge with this one.
    static constexpr int kId = 1001;

    EditElementCommand(Design& design, AnyElement before, AnyElement after, const QString& text,
                       QString mergeKey = {}, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

    ElementId elementId() const { return elementIdOf(m_after); }
    const AnyElement& before() const { return m_before; }
    const AnyElement& after() const { return m_after; }
    const QString& mergeKey() const { return m_mergeKey; }

private:
    Design& m_design;
    AnyElement m_before;
    AnyElement m_after;
    QString m_mergeKey;
};

} // namespace archboard
