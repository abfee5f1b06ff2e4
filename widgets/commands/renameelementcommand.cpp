#include "renameelementcommand.h"

#include "commandtext.h"
#include "widgets/stringconvert.h"

#include <QCoreApplication>

namespace archboard {

namespace {

// The field renaming edits, for any element type.
std::string* editedText(AnyElement& element) {
    return std::visit(
        [](auto& e) -> std::string* {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Component> || std::is_same_v<T, Group>)
                return &e.name;
            else if constexpr (std::is_same_v<T, Note> || std::is_same_v<T, Annotation>)
                return &e.text;
            else
                return &e.label;
        },
        element);
}

} // namespace

RenameElementCommand::RenameElementCommand(Design& design, ElementId id, std::string text)
    : DesignCommand(design, CommandId::RenameElement,
                    QCoreApplication::translate("RenameElementCommand", "Rename"))
    , m_id(std::move(id))
    , m_after(std::move(text)) {
    if (const auto element = design.element(m_id)) {
        m_before = textOf(*element);
        // Components and groups: "Rename “Cache” to “Session cache”".
        const bool named =
            std::holds_alternative<Component>(*element) || std::holds_alternative<Group>(*element);
        if (named && !m_after.empty())
            setText(
                QCoreApplication::translate("RenameElementCommand", "Rename %1 to \u201c%2\u201d")
                    .arg(elementPhrase(*element, design), toQString(m_after)));
    }
    setSelection({m_id}, {m_id});
}

std::string RenameElementCommand::textOf(const AnyElement& element) {
    AnyElement copy = element;
    return *editedText(copy);
}

void RenameElementCommand::redo() {
    apply(m_after);
}

void RenameElementCommand::undo() {
    apply(m_before);
}

void RenameElementCommand::apply(const std::string& text) {
    std::optional<AnyElement> element = design().element(m_id);
    if (!element)
        return;
    *editedText(*element) = text;
    design().replace(std::move(*element));
}

} // namespace archboard
