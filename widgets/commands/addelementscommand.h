#pragma once

#include "designcommand.h"

namespace archboard {

// Adds components, groups, notes and connections (the ids must be new; see
// newelement.h). Undo removes exactly them. The added elements become the
// selection after redo.
class AddElementsCommand : public DesignCommand {
public:
    AddElementsCommand(Design& design, std::vector<AnyElement> elements,
                       const QString& text = QString());

    const std::vector<ElementId>& ids() const { return m_ids; }
    void redo() override;
    void undo() override;

private:
    std::vector<AnyElement> m_elements; // ends before the connections that need them
    std::vector<ElementId> m_ids;
};

} // namespace archboard
