#pragma once

#include "model/critiquesettings.h"

#include <QUndoCommand>

namespace archboard {

class DesignDocument;

// Replaces the design's critique settings (suppressions, severity overrides,
// disabled rules): accepting a finding with a reason, or reopening it.
class SetCritiqueCommand : public QUndoCommand {
public:
    SetCritiqueCommand(DesignDocument* document, CritiqueSettings after, const QString& text,
                       QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DesignDocument* m_document;
    CritiqueSettings m_before;
    CritiqueSettings m_after;
};

} // namespace archboard
