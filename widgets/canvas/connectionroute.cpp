#include "connectionroute.h"

#include <algorithm>
#include <cmath>

namespace archboard {

namespace {

constexpr double kMinGap = 16;     // less than this and the cards count as touching
constexpr double kFanShare = 0.12; // how far an end leans towards the other end
constexpr double kFanLimit = 0.32; // at most this share of the side from its middle
constexpr double kDetour = 28;     // clearance of a route around both cards
constexpr double kMaxRun = 84;     // the middle run stays this close to the source

// Where the middle run lies, as a share of the way from source to target.
// Connections from one card share a run (a bus); cards elsewhere get other
// shares, so unrelated runs through the same gap stay apart.
double runShare(double sourceCoordinate) {
    const auto slot = static_cast<long long>(std::floor(std::abs(sourceCoordinate) / 10)) * 7 % 5;
    return 0.3 + 0.1 * static_cast<double>(slot);
}

// The middle run's coordinate between `s` (source side) and `t` (target side).
double runAt(double s, double t, double sourceCoordinate) {
    const double span = std::min(std::abs(t - s), kMaxRun);
    return s + (t > s ? 1 : -1) * span * runShare(sourceCoordinate);
}

double lean(double towards, double from, double side) {
    return std::clamp((towards - from) * kFanShare, -side * kFanLimit, side * kFanLimit);
}

ConnectionRoute finish(QPolygonF points) {
    ConnectionRoute route;
    const qsizetype middle = points.size() / 2;
    route.labelAnchor = (points[middle - 1] + points[middle]) / 2;
    route.points = std::move(points);
    return route;
}

// Out of the bottom (or top), across a horizontal run, into the facing side.
ConnectionRoute vertical(const QRectF& from, const QRectF& to, bool down) {
    const double sx = from.center().x() + lean(to.center().x(), from.center().x(), from.width());
    const double tx = to.center().x() + lean(from.center().x(), to.center().x(), to.width());
    const double sy = down ? from.bottom() : from.top();
    const double ty = down ? to.top() : to.bottom();
    if (qFuzzyCompare(sx, tx))
        return finish({QPointF(sx, sy), QPointF(tx, ty)});
    const double midY = runAt(sy, ty, from.center().x());
    return finish({QPointF(sx, sy), QPointF(sx, midY), QPointF(tx, midY), QPointF(tx, ty)});
}

QRectF transposed(const QRectF& r) {
    return {r.y(), r.x(), r.height(), r.width()};
}

ConnectionRoute transposed(ConnectionRoute route) {
    for (QPointF& p : route.points)
        p = QPointF(p.y(), p.x());
    route.labelAnchor = QPointF(route.labelAnchor.y(), route.labelAnchor.x());
    return route;
}

// Out of a vertical side: the vertical case with x and y swapped.
ConnectionRoute horizontal(const QRectF& from, const QRectF& to, bool right) {
    return transposed(vertical(transposed(from), transposed(to), right));
}

} // namespace

ConnectionRoute routeConnection(const QRectF& from, const QRectF& to) {
    if (to.top() - from.bottom() >= kMinGap)
        return vertical(from, to, true);
    if (from.top() - to.bottom() >= kMinGap)
        return vertical(from, to, false);
    if (to.left() - from.right() >= kMinGap)
        return horizontal(from, to, true);
    if (from.left() - to.right() >= kMinGap)
        return horizontal(from, to, false);
    // Overlapping or touching: out of the right side, around, and back in.
    const double x = std::max(from.right(), to.right()) + kDetour;
    const double sy = from.center().y();
    const double ty = to.center().y();
    return finish(
        {QPointF(from.right(), sy), QPointF(x, sy), QPointF(x, ty), QPointF(to.right(), ty)});
}

} // namespace archboard
