#include "connectionroute.h"

#include <algorithm>
#include <cmath>

namespace archboard {

namespace {

constexpr double kTolerance = 0.01;

} // namespace

bool isVerticalSegment(const QPointF& a, const QPointF& b) {
    return std::abs(a.x() - b.x()) < kTolerance;
}

bool segmentEntersRect(const QPointF& a, const QPointF& b, const QRectF& rect) {
    const QRectF r = rect.normalized();
    const double left = std::min(a.x(), b.x());
    const double right = std::max(a.x(), b.x());
    const double top = std::min(a.y(), b.y());
    const double bottom = std::max(a.y(), b.y());
    // The segment's box and the open interior share a point.
    return left < r.right() - kTolerance && right > r.left() + kTolerance &&
           top < r.bottom() - kTolerance && bottom > r.top() + kTolerance;
}

bool segmentsRunTogether(const QLineF& a, const QLineF& b, double distance) {
    if (a.length() < kTolerance || b.length() < kTolerance)
        return false;
    const bool av = isVerticalSegment(a.p1(), a.p2());
    if (av != isVerticalSegment(b.p1(), b.p2()))
        return false;
    const double across = av ? std::abs(a.x1() - b.x1()) : std::abs(a.y1() - b.y1());
    if (across >= distance)
        return false;
    const auto range = [av](const QLineF& l) {
        const double p = av ? l.y1() : l.x1();
        const double q = av ? l.y2() : l.x2();
        return std::pair{std::min(p, q), std::max(p, q)};
    };
    const auto [a0, a1] = range(a);
    const auto [b0, b1] = range(b);
    return std::min(a1, b1) - std::max(a0, b0) > 0.5;
}

} // namespace archboard
