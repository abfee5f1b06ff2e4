#include "editdesigninfocommand.h"

namespace archboard {

EditDesignInfoCommand::EditDesignInfoCommand(Design& design, DesignInfo before, DesignInfo after,
                                             const QString& text, QString mergeKey,
                                             QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_design(design)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey)) {
    if (m_before == m_after)
        setObsolete(true);
}

bool EditDesignInfoCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const EditDesignInfoCommand*>(other);
    if (!next || next->isObsolete() || m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace archboard
