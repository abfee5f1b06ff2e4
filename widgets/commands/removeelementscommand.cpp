#include "removeelementscommand.h"

#include "commandtext.h"

#include <algorithm>
#include <QCoreApplication>

namespace archboard {

RemoveElementsCommand::RemoveElementsCommand(Design& design, std::vector<ElementId> ids,
                                             const QString& text)
    : DesignCommand(design, CommandId::RemoveElements,
                    text.isEmpty() ? QCoreApplication::translate("RemoveElementsCommand", "Delete")
                                   : text)
    , m_ids(std::move(ids)) {
    std::erase_if(m_ids, [&design](const ElementId& id) { return !design.contains(id); });
    if (text.isEmpty() && !m_ids.empty()) // named before the dependents join the list
        setText(QCoreApplication::translate("RemoveElementsCommand", "Delete %1")
                    .arg(elementsPhrase(design, m_ids)));
    for (ElementId& dependent : design.dependents(m_ids))
        if (std::find(m_ids.begin(), m_ids.end(), dependent) == m_ids.end())
            m_ids.push_back(std::move(dependent));
}

void RemoveElementsCommand::redo() {
    m_removal = design().remove(m_ids);
}

void RemoveElementsCommand::undo() {
    design().restore(std::move(m_removal));
    m_removal = {};
}

} // namespace archboard
