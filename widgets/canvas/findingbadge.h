#pragma once

#include <QPointF>
#include <QRectF>

class QPainter;

namespace archboard {

struct CanvasStyle;
struct FindingMark;

// The critic's badge on an element: a disc (a pill for two digits and more)
// in the colour of the worst open finding, with their count. Drawn as
// vectors, so it stays sharp at any zoom, on high-DPI screens and in exports.
namespace findingbadge {
inline constexpr double kHeight = 18;

// Where the badge of `count` findings sits around `centre`.
QRectF rect(const QPointF& centre, int count, const CanvasStyle& style);
void paint(QPainter& painter, const QRectF& rect, const FindingMark& mark,
           const CanvasStyle& style);
} // namespace findingbadge

} // namespace archboard
