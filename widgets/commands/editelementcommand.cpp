#include "editelementcommand.h"

#include <stdexcept>

namespace archboard {

EditElementCommand::EditElementCommand(Design& design, AnyElement before, AnyElement after,
                                       const QString& text, QString mergeKey, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_design(design)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey)) {
    if (elementIdOf(m_before) != elementIdOf(m_after) ||
        elementTypeOf(m_before) != elementTypeOf(m_after))
        throw std::invalid_argument("an edit keeps the element's id and type");
    if (m_before == m_after)
        setObsolete(true);
}

void EditElementCommand::redo() {
    try {
        m_design.replace(m_after);
    } catch (const std::invalid_argument&) {
        // QUndoStack::push drops an obsolete command instead of recording it.
        setObsolete(true);
    }
}

void EditElementCommand::undo() {
    m_design.replace(m_before);
}

bool EditElementCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const EditElementCommand*>(other);
    if (!next || next->isObsolete() || m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey ||
        next->elementId() != elementId())
        return false;
    m_after = next->m_after;
    // Typing a name and then deleting it again is no step at all.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace archboard
