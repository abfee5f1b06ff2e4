#pragma once

#include <cstddef>
#include <optional>
#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <vector>

namespace archboard {

// Where a route may leave or enter a card: a point on its border and the end
// of the straight stub out of it. `side` is the way out: 0 left, 1 right,
// 2 up, 3 down.
struct RoutePort {
    QPointF border;
    QPointF stub;
    int side = 0;
};

// One search for an orthogonal route, in the manner of orthogonal
// connector routers (libavoid, draw.io): a sparse grid whose lines are the
// obstacles' edges, the channels between them, the ports, and tracks beside
// the routes already drawn; A* over (grid point, heading) with costs for
// length, turns and crossings. Routes never enter an obstacle and never run
// along another route.
struct RouteSearch {
    QRectF area;                    // the grid covers this
    std::vector<QRectF> obstacles;  // interiors to keep out of
    std::vector<QLineF> routes;     // segments of routes already there
    std::vector<RoutePort> sources; // any one of them
    std::vector<RoutePort> targets;
};

struct RouteFound {
    QPolygonF points; // from a source's border to a target's border
    std::size_t source = 0;
    std::size_t target = 0;
};

std::optional<RouteFound> searchRoute(const RouteSearch& search);

} // namespace archboard
