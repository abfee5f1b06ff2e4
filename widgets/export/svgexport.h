#pragma once

#include <QRectF>
#include <QString>

class QIODevice;

namespace archboard {

class CanvasScene;

// Writes the scene as an SVG with the design's structure in it, so exported
// diagrams can be styled, scripted and checked: each card, group and note is
// a <g> with data-element (its type), data-id and data-kind, each
// connection a <g> whose line is a <path class="route"> with data-id,
// data-from and data-to. Coordinates inside are the canvas's; one outer
// translation crops to `source`. User text is escaped. Returns an empty
// string on success, else what went wrong.
QString writeStructuredSvg(CanvasScene& scene, const QString& title, const QRectF& source,
                           QIODevice& out);

} // namespace archboard
