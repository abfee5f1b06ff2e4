#include "editdesigninfocommand.h"

namespace archboard {

EditDesignInfoCommand::EditDesignInfoCommand(Design& design, DesignInfo before, DesignInfo after,
                                             const QString& text, int mergeKey)
    : DesignCommand(design, CommandId::EditDesignInfo, text, mergeKey)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    if (m_before == m_after)
        setObsolete(true);
}

bool EditDesignInfoCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = mergeCandidate<EditDesignInfoCommand>(other);
    if (!next || next->isObsolete())
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace archboard
