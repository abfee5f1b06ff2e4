#pragma once

#include "designcommand.h"
#include "model/critiquesettings.h"

namespace archboard {

// Replaces the design's critique settings (suppressions, severity overrides,
// disabled rules): accepting a finding with a reason, or reopening it.
class SetCritiqueCommand : public DesignCommand {
public:
    SetCritiqueCommand(Design& design, CritiqueSettings after, const QString& text);

    void redo() override;
    void undo() override;

private:
    CritiqueSettings m_before;
    CritiqueSettings m_after;
};

} // namespace archboard
