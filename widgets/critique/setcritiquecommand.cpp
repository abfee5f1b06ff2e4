#include "setcritiquecommand.h"

#include "widgets/document/designdocument.h"

namespace archboard {

SetCritiqueCommand::SetCritiqueCommand(DesignDocument* document, CritiqueSettings after,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->design().critique())
    , m_after(std::move(after)) {
}

void SetCritiqueCommand::redo() {
    m_document->design().setCritique(m_after);
}

void SetCritiqueCommand::undo() {
    m_document->design().setCritique(m_before);
}

} // namespace archboard
