#pragma once

#include "routesearch.h"

#include <optional>
#include <QPolygonF>
#include <vector>

namespace archboard {

// A route of at most a few turns between two ports, and what it costs.
struct RouteShape {
    QPolygonF points;
    RoutePort source, target;
    double cost = 0;
};

// `points` without repeated points or turns that are not turns.
QPolygonF simplifiedRoute(const QPolygonF& points);
// Length plus a price per turn, or nothing when the route doubles back.
std::optional<double> shapeCost(const QPolygonF& points);
// The straight, L, Z and U shapes between any source and any target,
// cheapest first. Most routes are one of them; checking them is far cheaper
// than a search.
std::vector<RouteShape> simpleShapes(const std::vector<RoutePort>& sources,
                                     const std::vector<RoutePort>& targets);

} // namespace archboard
