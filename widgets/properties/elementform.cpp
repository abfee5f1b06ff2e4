#include "elementform.h"

#include "widgets/commands/editelementcommand.h"
#include "widgets/stringconvert.h"

#include <QUndoStack>

namespace archboard {

void ElementForm::setElementId(const ElementId& id) {
    if (id != m_id) {
        flushPendingText();
        endSession();
        m_id = id;
    }
    refresh();
}

void ElementForm::pushEdit(AnyElement after, const QString& field, int mergeKey) {
    std::optional<AnyElement> before = document()->design().element(m_id);
    if (!before)
        return;
    document()->undoStack()->push(new EditElementCommand(
        document()->design(), std::move(*before), std::move(after), undoText(field), mergeKey));
    // A refused edit changes nothing and reports nothing: show the model again.
    refresh();
}

QString ElementForm::undoText(const QString& field) const {
    const std::optional<AnyElement> element = document()->design().element(m_id);
    QString name = toQString(m_id);
    if (element)
        std::visit(
            [&name](const auto& e) {
                if constexpr (requires { e.name; })
                    if (!e.name.empty())
                        name = toQString(e.name);
            },
            *element);
    return tr("Change \u201c%1\u201d: %2").arg(name, field);
}

} // namespace archboard
