#include "routeshapes.h"

#include "connectionroute.h"

#include <algorithm>
#include <cmath>
#include <QLineF>

namespace archboard {

namespace {

// 0 left, 1 right, 2 up, 3 down, as RoutePort::side.
int direction(const QPointF& a, const QPointF& b) {
    if (isVerticalSegment(a, b))
        return b.y() < a.y() ? 2 : 3;
    return b.x() < a.x() ? 0 : 1;
}

} // namespace

QPolygonF simplifiedRoute(const QPolygonF& points) {
    QPolygonF out;
    for (const QPointF& p : points) {
        if (!out.isEmpty() && QLineF(out.last(), p).length() < 0.01)
            continue;
        if (out.size() >= 2 &&
            direction(out[out.size() - 2], out.last()) == direction(out.last(), p))
            out.last() = p;
        else
            out.append(p);
    }
    return out;
}

std::optional<double> shapeCost(const QPolygonF& points) {
    double cost = 0;
    for (qsizetype i = 1; i < points.size(); ++i) {
        cost += QLineF(points[i - 1], points[i]).length();
        if (i >= 2) {
            const int before = direction(points[i - 2], points[i - 1]);
            const int after = direction(points[i - 1], points[i]);
            if (before == (after ^ 1))
                return std::nullopt;
            if (before != after)
                cost += route::kBendCost;
        }
    }
    return cost;
}

namespace {

// Where a middle run may lie between `a` and `b`: inside the gap first, then
// just outside both ends.
std::vector<double> runsBetween(double a, double b) {
    std::vector<double> runs;
    if (std::abs(b - a) > 2 * route::kSeparation)
        for (const double share : {0.5, 0.3, 0.7})
            runs.push_back(std::round(a + (b - a) * share));
    for (int k = 0; k < 2; ++k) {
        runs.push_back(std::max(a, b) + k * 1.5 * route::kSeparation);
        runs.push_back(std::min(a, b) - k * 1.5 * route::kSeparation);
    }
    return runs;
}

} // namespace

std::vector<RouteShape> simpleShapes(const std::vector<RoutePort>& sources,
                                     const std::vector<RoutePort>& targets) {
    std::vector<RouteShape> out;
    const auto add = [&](const RoutePort& s, const RoutePort& t,
                         std::initializer_list<QPointF> via) {
        QPolygonF points;
        points << s.border << s.stub;
        for (const QPointF& p : via)
            points << p;
        points << t.stub << t.border;
        points = simplifiedRoute(points);
        if (const auto cost = shapeCost(points))
            out.push_back({points, s, t, *cost});
    };
    for (const RoutePort& s : sources)
        for (const RoutePort& t : targets) {
            const QPointF a = s.stub;
            const QPointF b = t.stub;
            // Facing sides close together: straight across, or one step in
            // the gap between them, without stubs that would overshoot.
            if (s.side == (t.side ^ 1)) {
                const bool across = s.side < 2;
                const QPointF gap = (s.border + t.border) / 2;
                const double ahead = across
                                         ? (t.border.x() - s.border.x()) * (s.side == 1 ? 1 : -1)
                                         : (t.border.y() - s.border.y()) * (s.side == 3 ? 1 : -1);
                if (ahead > 0) {
                    const QPointF p =
                        across ? QPointF(gap.x(), s.border.y()) : QPointF(s.border.x(), gap.y());
                    const QPointF q =
                        across ? QPointF(gap.x(), t.border.y()) : QPointF(t.border.x(), gap.y());
                    QPolygonF points = simplifiedRoute({s.border, p, q, t.border});
                    if (const auto cost = shapeCost(points))
                        out.push_back({points, s, t, *cost});
                }
            }
            add(s, t, {QPointF(a.x(), b.y())});
            add(s, t, {QPointF(b.x(), a.y())});
            for (const double y : runsBetween(a.y(), b.y()))
                add(s, t, {QPointF(a.x(), y), QPointF(b.x(), y)});
            for (const double x : runsBetween(a.x(), b.x()))
                add(s, t, {QPointF(x, a.y()), QPointF(x, b.y())});
        }
    std::stable_sort(out.begin(), out.end(),
                     [](const RouteShape& x, const RouteShape& y) { return x.cost < y.cost; });
    return out;
}

} // namespace archboard
