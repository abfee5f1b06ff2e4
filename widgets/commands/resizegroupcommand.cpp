#include "resizegroupcommand.h"

#include <QCoreApplication>

namespace archboard {

ResizeGroupCommand::ResizeGroupCommand(Design& design, ElementId group, Rect from, Rect to,
                                       int mergeKey)
    : DesignCommand(design, CommandId::ResizeGroup,
                    QCoreApplication::translate("ResizeGroupCommand", "Resize Group"), mergeKey)
    , m_group(std::move(group))
    , m_from(from)
    , m_to(to) {
}

void ResizeGroupCommand::redo() {
    apply(m_to);
}

void ResizeGroupCommand::undo() {
    apply(m_from);
}

bool ResizeGroupCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = mergeCandidate<ResizeGroupCommand>(other);
    if (!next || next->m_group != m_group)
        return false;
    m_to = next->m_to;
    setObsolete(m_to == m_from);
    return true;
}

void ResizeGroupCommand::apply(const Rect& rect) {
    const Group* current = design().group(m_group);
    if (!current)
        return;
    Group group = *current;
    group.rect = rect;
    design().replace(std::move(group));
}

} // namespace archboard
