#include "designcommand.h"

namespace archboard {

DesignCommand::DesignCommand(Design& design, const QString& text)
    : QUndoCommand(text)
    , m_design(design) {
}

void DesignCommand::setSelection(std::vector<ElementId> before, std::vector<ElementId> after) {
    m_selectionBefore = std::move(before);
    m_selectionAfter = std::move(after);
}

int DesignCommand::newMergeKey() {
    static int next = 0;
    return ++next;
}

} // namespace archboard
