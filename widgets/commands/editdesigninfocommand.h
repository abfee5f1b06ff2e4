#pragma once

#include "model/design.h"

#include <QString>
#include <QUndoCommand>

namespace archboard {

// Sets the design's title, prompt and requirements. Consecutive commands
// with the same non-empty merge key become one undo step, as for
// EditElementCommand.
class EditDesignInfoCommand : public QUndoCommand {
public:
    static constexpr int kId = 1002; // see EditElementCommand::kId

    EditDesignInfoCommand(Design& design, DesignInfo before, DesignInfo after, const QString& text,
                          QString mergeKey = {}, QUndoCommand* parent = nullptr);

    void redo() override { m_design.setInfo(m_after); }
    void undo() override { m_design.setInfo(m_before); }
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

    const DesignInfo& before() const { return m_before; }
    const DesignInfo& after() const { return m_after; }
    const QString& mergeKey() const { return m_mergeKey; }

private:
    Design& m_design;
    DesignInfo m_before;
    DesignInfo m_after;
    QString m_mergeKey;
};

} // namespace archboard
