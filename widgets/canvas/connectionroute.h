#pragma once

#include <QLineF>
#include <QPolygonF>
#include <QRectF>

namespace archboard {

// A connection's drawn path: orthogonal, from the source card's border to the
// target card's border, and its label's place.
struct ConnectionRoute {
    QPolygonF points;
    QPointF labelAnchor; // centre of the label, on one of the route's segments
    QRectF label;        // empty when the connection has no label
};

// How routes keep clear of cards and of each other.
namespace route {
// Clearance between a route and any card it passes (also the length of the
// stub that leaves a card straight out before the route may turn).
inline constexpr double kMargin = 14;
// Distance between the attachment points of connections on one card side.
inline constexpr double kPortSpacing = 12;
// Two parallel runs closer than this would read as one line.
inline constexpr double kSeparation = 8;
// What a turn and a crossing cost, in canvas units of length.
inline constexpr double kBendCost = 40;
inline constexpr double kCrossingCost = 25;
} // namespace route

// Geometry shared by the router and by checks of its result. Segments are
// horizontal or vertical.

// True when segment a-b runs up or down (else it runs across).
bool isVerticalSegment(const QPointF& a, const QPointF& b);
// True when segment a-b enters the interior of `rect` (running along its edge
// does not count).
bool segmentEntersRect(const QPointF& a, const QPointF& b, const QRectF& rect);
// True when two parallel segments lie on one line (within `distance`) and
// overlap over more than a point.
bool segmentsRunTogether(const QLineF& a, const QLineF& b, double distance = 0.5);

} // namespace archboard
