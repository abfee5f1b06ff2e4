#pragma once

#include <QPolygonF>
#include <QRectF>

namespace archboard {

// An orthogonal path between two cards that never crosses either of them.
struct ConnectionRoute {
    QPolygonF points;    // from the source card's border to the target card's border
    QPointF labelAnchor; // middle of the middle segment
};

// Leaves and enters through the facing sides: top/bottom when the cards are
// apart vertically (the middle run then lies in the gap between rows),
// left/right when apart horizontally, and around the right-hand side when
// they overlap. Attachment points shift towards the other end, so several
// connections leaving one side fan out instead of overlapping.
ConnectionRoute routeConnection(const QRectF& from, const QRectF& to);

} // namespace archboard
