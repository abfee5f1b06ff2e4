#include "designcommand.h"

namespace archboard {

DesignCommand::DesignCommand(Design& design, CommandId id, const QString& text, int mergeKey)
    : QUndoCommand(text)
    , m_design(design)
    , m_id(id)
    , m_mergeKey(mergeKey) {
}

void DesignCommand::setSelection(std::vector<ElementId> before, std::vector<ElementId> after) {
    m_recordsSelection = true;
    m_selectionBefore = std::move(before);
    m_selectionAfter = std::move(after);
}

int DesignCommand::newMergeKey() {
    static int next = 0;
    return ++next;
}

} // namespace archboard
