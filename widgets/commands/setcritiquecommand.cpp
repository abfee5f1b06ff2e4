#include "setcritiquecommand.h"

namespace archboard {

SetCritiqueCommand::SetCritiqueCommand(Design& design, CritiqueSettings after, const QString& text)
    : DesignCommand(design, CommandId::SetCritique, text)
    , m_before(design.critique())
    , m_after(std::move(after)) {
}

void SetCritiqueCommand::redo() {
    design().setCritique(m_after);
}

void SetCritiqueCommand::undo() {
    design().setCritique(m_before);
}

} // namespace archboard
