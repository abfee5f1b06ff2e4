#include "routesearch.h"

#include "connectionroute.h"
#include "routeshapes.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>

namespace archboard {

namespace {

constexpr double kEps = 0.01;
constexpr double kInf = std::numeric_limits<double>::infinity();
// Tracks beside an existing route, so a new one can run parallel to it.
constexpr double kTrack = route::kSeparation * 1.5;
constexpr std::size_t kMaxNodes = 40'000;

void sortUnique(std::vector<double>& values, double low, double high) {
    std::erase_if(values, [&](double v) { return v < low - kEps || v > high + kEps; });
    std::sort(values.begin(), values.end());
    std::vector<double> out;
    for (const double v : values)
        if (out.empty() || v - out.back() > 0.5)
            out.push_back(v);
    values = std::move(out);
}

// Lines of the grid along one axis: obstacle edges and the channels between
// them, ports, and routes with their tracks.
std::vector<double> gridLines(const RouteSearch& s, bool xAxis) {
    std::vector<double> edges;
    for (const QRectF& r : s.obstacles) {
        edges.push_back(xAxis ? r.left() : r.top());
        edges.push_back(xAxis ? r.right() : r.bottom());
    }
    const double low = xAxis ? s.area.left() : s.area.top();
    const double high = xAxis ? s.area.right() : s.area.bottom();
    edges.push_back(low);
    edges.push_back(high);
    sortUnique(edges, low, high);
    std::vector<double> lines = edges;
    for (std::size_t i = 1; i < edges.size(); ++i)
        lines.push_back((edges[i - 1] + edges[i]) / 2);
    for (const auto* ports : {&s.sources, &s.targets})
        for (const RoutePort& p : *ports)
            lines.push_back(xAxis ? p.stub.x() : p.stub.y());
    for (const QLineF& l : s.routes) {
        lines.push_back(xAxis ? l.x1() : l.y1());
        lines.push_back(xAxis ? l.x2() : l.y2());
        const bool across =
            xAxis ? std::abs(l.x1() - l.x2()) < kEps : std::abs(l.y1() - l.y2()) < kEps;
        if (across) {
            const double at = xAxis ? l.x1() : l.y1();
            lines.push_back(at - kTrack);
            lines.push_back(at + kTrack);
        }
    }
    sortUnique(lines, low, high);
    return lines;
}

// Index range [first, last) of `lines` within [low, high] (or strictly
// inside when `open`).
std::pair<std::size_t, std::size_t> within(const std::vector<double>& lines, double low,
                                           double high, bool open) {
    const double lo = open ? low + kEps : low - kEps;
    const double hi = open ? high - kEps : high + kEps;
    const auto first = std::lower_bound(lines.begin(), lines.end(), lo);
    const auto last = std::upper_bound(lines.begin(), lines.end(), hi);
    return {static_cast<std::size_t>(first - lines.begin()),
            static_cast<std::size_t>(std::max(first, last) - lines.begin())};
}

std::optional<std::size_t> indexOf(const std::vector<double>& lines, double value) {
    const auto [first, last] = within(lines, value - 0.5, value + 0.5, false);
    if (first >= last)
        return std::nullopt;
    return first;
}

class Grid {
public:
    Grid(const RouteSearch& s, std::vector<double> xLines, std::vector<double> yLines)
        : xs(std::move(xLines))
        , ys(std::move(yLines))
        , nx(xs.size())
        , ny(ys.size())
        , blocked(nx * ny, 0)
        , hBlocked(nx * ny, 0)
        , vBlocked(nx * ny, 0)
        , crossV(nx * ny, 0)
        , crossH(nx * ny, 0) {
        for (const QRectF& r : s.obstacles)
            addObstacle(r);
        for (const QLineF& l : s.routes)
            addRoute(l);
    }

    std::size_t node(std::size_t i, std::size_t j) const { return j * nx + i; }
    std::optional<std::size_t> nodeAt(const QPointF& p) const {
        const auto i = indexOf(xs, p.x());
        const auto j = indexOf(ys, p.y());
        if (!i || !j)
            return std::nullopt;
        return node(*i, *j);
    }
    QPointF point(std::size_t n) const { return {xs[n % nx], ys[n / nx]}; }

    const std::vector<double> xs, ys;
    const std::size_t nx, ny;
    // Per node: inside an obstacle; edge to the right / below blocked; on
    // another route's vertical / horizontal run (passing it crosses it).
    std::vector<std::uint8_t> blocked, hBlocked, vBlocked, crossV, crossH;

private:
    void addObstacle(const QRectF& r) {
        const auto [i0, i1] = within(xs, r.left(), r.right(), true);
        const auto [j0, j1] = within(ys, r.top(), r.bottom(), true);
        const auto [ci0, ci1] = within(xs, r.left(), r.right(), false);
        const auto [cj0, cj1] = within(ys, r.top(), r.bottom(), false);
        for (std::size_t j = j0; j < j1; ++j)
            for (std::size_t i = ci0; i + 1 < ci1; ++i)
                hBlocked[node(i, j)] = 1;
        for (std::size_t i = i0; i < i1; ++i)
            for (std::size_t j = cj0; j + 1 < cj1; ++j)
                vBlocked[node(i, j)] = 1;
        for (std::size_t j = j0; j < j1; ++j)
            for (std::size_t i = i0; i < i1; ++i)
                blocked[node(i, j)] = 1;
    }

    void addRoute(const QLineF& l) {
        const bool isVertical = std::abs(l.x1() - l.x2()) < kEps;
        const double at = isVertical ? l.x1() : l.y1();
        const double from = isVertical ? std::min(l.y1(), l.y2()) : std::min(l.x1(), l.x2());
        const double to = isVertical ? std::max(l.y1(), l.y2()) : std::max(l.x1(), l.x2());
        const auto& across = isVertical ? xs : ys;
        const auto& along = isVertical ? ys : xs;
        const auto [a0, a1] =
            within(across, at - route::kSeparation, at + route::kSeparation, true);
        const auto [b0, b1] = within(along, from, to, false);
        const auto [o0, o1] = within(along, from, to, true);
        for (std::size_t a = a0; a < a1; ++a) {
            for (std::size_t b = b0; b + 1 < b1; ++b)
                (isVertical ? vBlocked : hBlocked)[isVertical ? node(a, b) : node(b, a)] = 1;
            if (std::abs(across[a] - at) < 0.5)
                for (std::size_t b = o0; b < o1; ++b)
                    (isVertical ? crossV : crossH)[isVertical ? node(a, b) : node(b, a)] = 1;
        }
    }
};

// What one search writes per (node, heading), kept between searches: a
// search touches a small part of its grid, so clearing all of it each time
// would cost more than the search. An entry counts only when its stamp is
// the current search's.
struct SearchState {
    std::vector<std::uint32_t> stamp;
    std::vector<float> cost;
    std::vector<std::int32_t> parent;
    std::vector<std::uint8_t> closed;
    std::uint32_t current = 0;

    void start(std::size_t states) {
        if (stamp.size() < states) {
            stamp.assign(states, 0);
            cost.resize(states);
            parent.resize(states);
            closed.resize(states);
        }
        if (++current == 0) { // wrapped: forget every stamp
            std::fill(stamp.begin(), stamp.end(), 0);
            current = 1;
        }
    }
    void touch(std::size_t s) {
        if (stamp[s] != current) {
            stamp[s] = current;
            cost[s] = std::numeric_limits<float>::infinity();
            parent[s] = -1;
            closed[s] = 0;
        }
    }
};

} // namespace

std::optional<RouteFound> searchRoute(const RouteSearch& search) {
    std::vector<double> xs = gridLines(search, true);
    std::vector<double> ys = gridLines(search, false);
    const std::size_t nodes = xs.size() * ys.size();
    // A crowded area makes a grid whose search would cost more than a frame;
    // the caller then settles for a simple shape.
    if (nodes > kMaxNodes)
        return std::nullopt;
    const Grid grid(search, std::move(xs), std::move(ys));
    thread_local SearchState state;
    state.start(nodes * 4);
    auto& cost = state.cost;
    auto& parent = state.parent;
    auto& closed = state.closed;
    // A few ports each: which one a node is, by a look along a short list.
    std::vector<std::pair<std::size_t, int>> sourceNodes, targetNodes;
    const auto portAt = [](const std::vector<std::pair<std::size_t, int>>& ports, std::size_t n) {
        for (const auto& [node, port] : ports)
            if (node == n)
                return port;
        return -1;
    };
    for (std::size_t t = 0; t < search.targets.size(); ++t)
        if (const auto n = grid.nodeAt(search.targets[t].stub); n && !grid.blocked[*n])
            targetNodes.emplace_back(*n, static_cast<int>(t));
    const auto heuristic = [&](std::size_t n) {
        double best = kInf;
        const QPointF p = grid.point(n);
        // Length, and a turn wherever the target is not in line: A* then
        // looks far less at grid points off the way.
        for (const RoutePort& t : search.targets) {
            const double dx = std::abs(p.x() - t.stub.x());
            const double dy = std::abs(p.y() - t.stub.y());
            best = std::min(best, dx + dy + (dx > kEps && dy > kEps ? route::kBendCost : 0));
        }
        return best;
    };
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    for (std::size_t s = 0; s < search.sources.size(); ++s) {
        const auto n = grid.nodeAt(search.sources[s].stub);
        if (!n || grid.blocked[*n])
            continue;
        const std::size_t start = *n * 4 + static_cast<std::size_t>(search.sources[s].side);
        state.touch(start);
        cost[start] = 0;
        sourceNodes.emplace_back(*n, static_cast<int>(s));
        open.emplace(heuristic(*n), start);
    }
    double best = kInf;
    std::size_t bestState = 0;
    while (!open.empty()) {
        const auto [f, at] = open.top();
        open.pop();
        if (f >= best)
            break;
        const std::size_t n = at / 4;
        const int dir = static_cast<int>(at % 4);
        const double g = cost[at];
        if (closed[at])
            continue; // reached more cheaply before
        closed[at] = 1;
        if (const int t = portAt(targetNodes, n); t >= 0) {
            const int inward = search.targets[static_cast<std::size_t>(t)].side ^ 1;
            if (dir != (inward ^ 1)) {
                const double total = g + (dir == inward ? 0 : route::kBendCost);
                if (total < best) {
                    best = total;
                    bestState = at;
                }
            }
        }
        const std::size_t i = n % grid.nx;
        const std::size_t j = n / grid.nx;
        const bool onRoute = grid.crossV[n] || grid.crossH[n];
        for (int next = 0; next < 4; ++next) {
            if (next == (dir ^ 1) || (onRoute && next != dir))
                continue;
            std::size_t m = 0;
            if (next == 0 && i > 0 && !grid.hBlocked[n - 1])
                m = n - 1;
            else if (next == 1 && i + 1 < grid.nx && !grid.hBlocked[n])
                m = n + 1;
            else if (next == 2 && j > 0 && !grid.vBlocked[n - grid.nx])
                m = n - grid.nx;
            else if (next == 3 && j + 1 < grid.ny && !grid.vBlocked[n])
                m = n + grid.nx;
            else
                continue;
            if (grid.blocked[m])
                continue;
            const bool horizontal = next < 2;
            const QPointF delta = grid.point(m) - grid.point(n);
            double step = std::abs(delta.x()) + std::abs(delta.y());
            if (next != dir)
                step += route::kBendCost;
            if (horizontal ? grid.crossV[m] : grid.crossH[m])
                step += route::kCrossingCost;
            const std::size_t to = m * 4 + static_cast<std::size_t>(next);
            state.touch(to);
            if (!closed[to] && g + step < cost[to] - kEps) {
                cost[to] = static_cast<float>(g + step);
                parent[to] = static_cast<std::int32_t>(at);
                open.emplace(g + step + heuristic(m), to);
            }
        }
    }
    if (best == kInf)
        return std::nullopt;
    QPolygonF path;
    std::size_t step = bestState;
    for (;;) {
        path.prepend(grid.point(step / 4));
        if (parent[step] < 0)
            break;
        step = static_cast<std::size_t>(parent[step]);
    }
    RouteFound found;
    found.source = static_cast<std::size_t>(portAt(sourceNodes, step / 4));
    found.target = static_cast<std::size_t>(portAt(targetNodes, bestState / 4));
    path.prepend(search.sources[found.source].border);
    path.append(search.targets[found.target].border);
    found.points = simplifiedRoute(path);
    return found;
}

} // namespace archboard
