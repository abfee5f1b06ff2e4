#pragma once

#include "designcommand.h"

#include <QString>

namespace archboard {

// Sets the design's title, prompt and requirements. Consecutive commands
// with the same merge key become one undo step, as for EditElementCommand.
class EditDesignInfoCommand : public DesignCommand {
public:
    EditDesignInfoCommand(Design& design, DesignInfo before, DesignInfo after, const QString& text,
                          int mergeKey = 0);

    void redo() override { design().setInfo(m_after); }
    void undo() override { design().setInfo(m_before); }
    bool mergeWith(const QUndoCommand* other) override;

    const DesignInfo& before() const { return m_before; }
    const DesignInfo& after() const { return m_after; }

private:
    DesignInfo m_before;
    DesignInfo m_after;
};

} // namespace archboard
