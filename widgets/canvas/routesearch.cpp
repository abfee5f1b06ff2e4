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
    explicit Grid(const RouteSearch& s)
        : xs(gridLines(s, true))
        , ys(gridLines(s, false))
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

} // namespace

std::optional<RouteFound> searchRoute(const RouteSearch& search) {
    const Grid grid(search);
    const std::size_t nodes = grid.nx * grid.ny;
    // A crowded area makes a grid whose search would cost more than a frame;
    // the caller then settles for a simple shape.
    if (nodes > kMaxNodes)
        return std::nullopt;
    std::vector<float> cost(nodes * 4, std::numeric_limits<float>::infinity());
    std::vector<std::int32_t> parent(nodes * 4, -1);
    std::vector<std::uint8_t> closed(nodes * 4, 0);
    std::vector<int> sourceAt(nodes, -1);
    std::vector<int> targetAt(nodes, -1);
    for (std::size_t t = 0; t < search.targets.size(); ++t)
        if (const auto n = grid.nodeAt(search.targets[t].stub); n && !grid.blocked[*n])
            targetAt[*n] = static_cast<int>(t);
    const auto heuristic = [&](std::size_t n) {
        double best = kInf;
        const QPointF p = grid.point(n);
        for (const RoutePort& t : search.targets)
            best = std::min(best, std::abs(p.x() - t.stub.x()) + std::abs(p.y() - t.stub.y()));
        return best;
    };
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    for (std::size_t s = 0; s < search.sources.size(); ++s) {
        const auto n = grid.nodeAt(search.sources[s].stub);
        if (!n || grid.blocked[*n])
            continue;
        const std::size_t state = *n * 4 + static_cast<std::size_t>(search.sources[s].side);
        cost[state] = 0;
        sourceAt[*n] = static_cast<int>(s);
        open.emplace(heuristic(*n), state);
    }
    double best = kInf;
    std::size_t bestState = 0;
    while (!open.empty()) {
        const auto [f, state] = open.top();
        open.pop();
        if (f >= best)
            break;
        const std::size_t n = state / 4;
        const int dir = static_cast<int>(state % 4);
        const double g = cost[state];
        if (closed[state])
            continue; // reached more cheaply before
        closed[state] = 1;
        if (const int t = targetAt[n]; t >= 0) {
            const int inward = search.targets[static_cast<std::size_t>(t)].side ^ 1;
            if (dir != (inward ^ 1)) {
                const double total = g + (dir == inward ? 0 : route::kBendCost);
                if (total < best) {
                    best = total;
                    bestState = state;
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
            double step = QLineF(grid.point(n), grid.point(m)).length();
            if (next != dir)
                step += route::kBendCost;
            if (horizontal ? grid.crossV[m] : grid.crossH[m])
                step += route::kCrossingCost;
            const std::size_t to = m * 4 + static_cast<std::size_t>(next);
            if (!closed[to] && g + step < cost[to] - kEps) {
                cost[to] = static_cast<float>(g + step);
                parent[to] = static_cast<std::int32_t>(state);
                open.emplace(g + step + heuristic(m), to);
            }
        }
    }
    if (best == kInf)
        return std::nullopt;
    QPolygonF path;
    std::size_t state = bestState;
    for (;;) {
        path.prepend(grid.point(state / 4));
        if (parent[state] < 0)
            break;
        state = static_cast<std::size_t>(parent[state]);
    }
    RouteFound found;
    found.source = static_cast<std::size_t>(sourceAt[state / 4]);
    found.target = static_cast<std::size_t>(targetAt[bestState / 4]);
    path.prepend(search.sources[found.source].border);
    path.append(search.targets[found.target].border);
    found.points = simplifiedRoute(path);
    return found;
}

} // namespace archboard
