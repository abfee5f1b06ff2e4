#include "applyquickfixcommand.h"

#include "widgets/stringconvert.h"

#include <stdexcept>

namespace archboard {

ApplyQuickFixCommand::ApplyQuickFixCommand(Design& design, QuickFixPlan plan)
    : DesignCommand(design, CommandId::ApplyQuickFix, toQString(plan.title))
    , m_plan(std::move(plan)) {
    for (const AnyElement& after : m_plan.changed) {
        std::optional<AnyElement> before = design.element(elementIdOf(after));
        if (!before)
            throw std::invalid_argument("a quick fix edits only elements the design has");
        m_before.push_back(std::move(*before));
    }
    for (const AnyElement& added : m_plan.added)
        m_addedIds.push_back(elementIdOf(added));
    setSelection({}, m_plan.affected());
}

void ApplyQuickFixCommand::redo() {
    for (const AnyElement& added : m_plan.added)
        design().insert(added);
    for (const AnyElement& after : m_plan.changed)
        design().replace(after);
}

void ApplyQuickFixCommand::undo() {
    // Last edit first. (Reverse iterators: clang's std::views cannot take
    // libstdc++ 12's ranges.)
    for (auto before = m_before.rbegin(); before != m_before.rend(); ++before)
        design().replace(*before);
    if (!m_addedIds.empty())
        design().remove(m_addedIds);
}

} // namespace archboard
