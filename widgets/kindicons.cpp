#include "kindicons.h"

#include "stringconvert.h"

// Q_INIT_RESOURCE must be used outside any namespace. archboard_widgets is a
// static library: without a reference to the generated initialiser the linker
// would drop the icons.
static void initKindIconResources() {
    Q_INIT_RESOURCE(kindicons);
}

namespace archboard {

QString kindIconPath(std::string_view token) {
    static const bool loaded = (initKindIconResources(), true);
    Q_UNUSED(loaded);
    return QStringLiteral(":/icons/kinds/") + toQString(token) + QStringLiteral(".svg");
}

QString kindIconPath(ComponentKind kind) {
    return kindIconPath(toString(kind));
}

QString kindIconPath(GroupKind kind) {
    return kindIconPath(toString(kind));
}

QString noteIconPath() {
    return kindIconPath("note");
}

QIcon kindIcon(ComponentKind kind) {
    return QIcon(kindIconPath(kind));
}

QIcon kindIcon(GroupKind kind) {
    return QIcon(kindIconPath(kind));
}

QIcon noteIcon() {
    return QIcon(noteIconPath());
}

} // namespace archboard
