#pragma once

#include "designcommand.h"

#include <QString>

namespace archboard {

// Replaces one element (same id) with an edited copy: a rename, a new kind,
// a prop. Consecutive commands for the same element with the same merge key
// become one undo step, so typing a name, or stepping a spin box, undoes at
// once. An edit the model refuses (say, a dead letter naming a queue that has
// gone) leaves the design as it was and is not recorded.
class EditElementCommand : public DesignCommand {
public:
    EditElementCommand(Design& design, AnyElement before, AnyElement after, const QString& text,
                       int mergeKey = 0);

    void redo() override;
    void undo() override;
    bool mergeWith(const QUndoCommand* other) override;

    ElementId elementId() const { return elementIdOf(m_after); }
    const AnyElement& before() const { return m_before; }
    const AnyElement& after() const { return m_after; }

private:
    AnyElement m_before;
    AnyElement m_after;
};

} // namespace archboard
