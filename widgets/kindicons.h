#pragma once

#include "model/kinds.h"

#include <QIcon>
#include <QString>

namespace archboard {

// The icon of each kind, from :/icons/kinds/<token>.svg (resources/kindicons.qrc,
// linked into every target that uses archboard_widgets). Each call returns a new QIcon over the
// SVG, which renders crisply at any size and device pixel ratio; a view that
// paints many icons keeps its own copies so the rendered pixmaps are cached.
QIcon kindIcon(ComponentKind kind);
QIcon kindIcon(GroupKind kind);
QIcon noteIcon();

// The resource path of the icon for a file token: a component kind ("cache"),
// a group kind ("region") or "note".
QString kindIconPath(std::string_view token);
QString kindIconPath(ComponentKind kind);
QString kindIconPath(GroupKind kind);
QString noteIconPath();

} // namespace archboard
