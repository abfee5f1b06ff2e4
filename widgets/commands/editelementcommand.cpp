#include "editelementcommand.h"

#include <stdexcept>

namespace archboard {

EditElementCommand::EditElementCommand(Design& design, AnyElement before, AnyElement after,
                                       const QString& text, int mergeKey)
    : DesignCommand(design, CommandId::EditElement, text, mergeKey)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    if (elementIdOf(m_before) != elementIdOf(m_after) ||
        elementTypeOf(m_before) != elementTypeOf(m_after))
        throw std::invalid_argument("an edit keeps the element's id and type");
    if (m_before == m_after)
        setObsolete(true);
}

void EditElementCommand::redo() {
    try {
        design().replace(m_after);
    } catch (const std::invalid_argument&) {
        // QUndoStack::push drops an obsolete command instead of recording it.
        setObsolete(true);
    }
}

void EditElementCommand::undo() {
    design().replace(m_before);
}

bool EditElementCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = mergeCandidate<EditElementCommand>(other);
    if (!next || next->isObsolete() || next->elementId() != elementId())
        return false;
    m_after = next->m_after;
    // Typing a name and then deleting it again is no step at all.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace archboard
