#pragma once

#include "designcommand.h"

namespace archboard {

// Removes elements with everything that cannot stay without them (the
// connections of removed components, annotations on them). Undo puts the
// design back exactly, memberships and positions in the arrays included.
class RemoveElementsCommand : public DesignCommand {
public:
    RemoveElementsCommand(Design& design, std::vector<ElementId> ids,
                          const QString& text = QString());

    // The requested ids and their dependents.
    const std::vector<ElementId>& ids() const { return m_ids; }
    void redo() override;
    void undo() override;

private:
    std::vector<ElementId> m_ids;
    Removal m_removal;
};

} // namespace archboard
