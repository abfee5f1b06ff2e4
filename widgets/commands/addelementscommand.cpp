#include "addelementscommand.h"

#include "commandtext.h"

#include <algorithm>
#include <QCoreApplication>

namespace archboard {

namespace {

// Components before the groups that list them, and before the connections
// and annotations that refer to them.
int insertionRank(const AnyElement& element) {
    switch (elementTypeOf(element)) {
    case ElementType::Component:
        return 0;
    case ElementType::Note:
        return 1;
    case ElementType::Group:
        return 2;
    case ElementType::Connection:
        return 3;
    case ElementType::Annotation:
        return 4;
    }
    return 5;
}

} // namespace

AddElementsCommand::AddElementsCommand(Design& design, std::vector<AnyElement> elements,
                                       const QString& text)
    : DesignCommand(design, CommandId::AddElements,
                    text.isEmpty() ? QCoreApplication::translate("AddElementsCommand", "Add")
                                   : text)
    , m_elements(std::move(elements)) {
    std::stable_sort(m_elements.begin(), m_elements.end(),
                     [](const AnyElement& a, const AnyElement& b) {
                         return insertionRank(a) < insertionRank(b);
                     });
    for (const AnyElement& element : m_elements)
        m_ids.push_back(elementIdOf(element));
    setSelection({}, m_ids);
    // "Add “Cache”" rather than "Add": the step says what it made.
    if (text.isEmpty() && m_elements.size() == 1)
        setText(QCoreApplication::translate("AddElementsCommand", "Add %1")
                    .arg(elementPhrase(m_elements.front(), design)));
}

void AddElementsCommand::redo() {
    for (const AnyElement& element : m_elements)
        design().insert(element);
}

void AddElementsCommand::undo() {
    design().remove(m_ids);
}

} // namespace archboard
