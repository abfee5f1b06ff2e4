#include "kindicons.h"

#include "stringconvert.h"

namespace archboard {

QString kindIconPath(std::string_view token) {
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
