#include "commandtext.h"

#include "model/displayname.h"
#include "widgets/stringconvert.h"

#include <QCoreApplication>

namespace archboard {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CommandText", text);
}

QString quoted(const std::string& name) {
    return tr("\u201c%1\u201d").arg(toQString(name));
}

} // namespace

QString elementPhrase(const AnyElement& element, const Design& design) {
    return std::visit(
        [&](const auto& e) -> QString {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Component> || std::is_same_v<T, Group>)
                return quoted(displayName(e));
            else if constexpr (std::is_same_v<T, Connection>)
                return tr("\u201c%1 \u2192 %2\u201d")
                    .arg(toQString(componentDisplayName(design, e.from)),
                         toQString(componentDisplayName(design, e.to)));
            else if constexpr (std::is_same_v<T, Note>)
                return tr("Note");
            else
                return tr("Annotation");
        },
        element);
}

QString elementsPhrase(const Design& design, std::span<const ElementId> ids) {
    if (ids.size() == 1)
        if (const auto element = design.element(ids.front()))
            return elementPhrase(*element, design);
    return QCoreApplication::translate("CommandText", "%n Element(s)", nullptr,
                                       static_cast<int>(ids.size()));
}

} // namespace archboard
