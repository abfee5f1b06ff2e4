#include "resizegroupcommand.h"

#include <QCoreApplication>

namespace archboard {

ResizeGroupCommand::ResizeGroupCommand(Design& design, ElementId group, Rect from, Rect to,
                                       int mergeKey)
    : DesignCommand(design, QCoreApplication::translate("ResizeGroupCommand", "Resize Group"))
    , m_group(std::move(group))
    , m_from(from)
    , m_to(to)
    , m_mergeKey(mergeKey) {
}

void ResizeGroupCommand::redo() {
    apply(m_to);
}

void ResizeGroupCommand::undo() {
    apply(m_from);
}

bool ResizeGroupCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const ResizeGroupCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_group != m_group)
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
