// Over 400 lines: routing, its clearance checks and label placement share the private indexes.
#include "connectionrouter.h"

#include "routeshapes.h"

#include <algorithm>
#include <cmath>

namespace archboard {

namespace {

using route::kMargin;
using route::kPortSpacing;

constexpr double kCorner = 14;        // no attachment this close to a card's corner
constexpr double kBadgeClearance = 6; // nor this close to a badge
constexpr double kLabelClearance = 3;
constexpr int kMaxChecks = 48; // simple shapes tried before a full search
const double kSearchPads[] = {160, 480};

} // namespace

void ConnectionRouter::setCard(const ElementId& id, const QRectF& body, const QRectF& badges) {
    auto [it, added] = m_cardKeys.try_emplace(id, m_nextKey);
    if (added)
        ++m_nextKey;
    Card& card = m_cards[it->second];
    card.body = body;
    card.badges = badges;
    card.outline = badges.isEmpty() ? body : body.united(badges);
    m_cardIndex.insert(it->second, card.outline);
}

void ConnectionRouter::removeCard(const ElementId& id) {
    const auto it = m_cardKeys.find(id);
    if (it == m_cardKeys.end())
        return;
    m_cardIndex.remove(it->second);
    m_cards.erase(it->second);
    m_cardKeys.erase(it);
}

std::optional<QRectF> ConnectionRouter::cardOutline(const ElementId& id) const {
    const auto it = m_cardKeys.find(id);
    if (it == m_cardKeys.end())
        return std::nullopt;
    return m_cards.at(it->second).outline;
}

void ConnectionRouter::clear() {
    *this = ConnectionRouter();
}

std::optional<RoutePort> ConnectionRouter::port(const Card& card, int side,
                                                const QPointF& towards) const {
    const bool across = side >= 2; // the top or bottom side: a position in x
    const QRectF& body = card.body;
    const double centre = across ? body.center().x() : body.center().y();
    const double half = (across ? body.width() : body.height()) / 2 - kCorner;
    double high = centre + half;
    if (side == 2 && !card.badges.isEmpty())
        high = std::min(high, card.badges.left() - kBadgeClearance);
    // Lean towards the other end, so connections on one side keep its order.
    const double preferred =
        centre + std::clamp(((across ? towards.x() : towards.y()) - centre) * 0.25, -half, half);
    std::optional<double> best;
    const int slots = static_cast<int>(std::floor(half / kPortSpacing));
    for (int k = -slots; k <= slots; ++k) {
        const double at = centre + k * kPortSpacing;
        if (at > high)
            continue;
        const bool taken = std::any_of(card.ports.begin(), card.ports.end(), [&](const Port& p) {
            return p.side == side && std::abs(p.at - at) < kPortSpacing / 2;
        });
        if (!taken && (!best || std::abs(at - preferred) < std::abs(*best - preferred)))
            best = at;
    }
    if (!best)
        return std::nullopt;
    RoutePort p;
    p.side = side;
    const QRectF& o = card.outline;
    switch (side) {
    case 0:
        p.border = {body.left(), *best};
        p.stub = {o.left() - kMargin, *best};
        break;
    case 1:
        p.border = {body.right(), *best};
        p.stub = {o.right() + kMargin, *best};
        break;
    case 2:
        p.border = {*best, body.top()};
        p.stub = {*best, o.top() - kMargin};
        break;
    default:
        p.border = {*best, body.bottom()};
        p.stub = {*best, o.bottom() + kMargin};
        break;
    }
    return p;
}

std::vector<RoutePort> ConnectionRouter::ports(std::uint32_t key, const QPointF& towards) const {
    std::vector<RoutePort> out;
    const Card& card = m_cards.at(key);
    for (int side = 0; side < 4; ++side)
        if (auto p = port(card, side, towards))
            out.push_back(*p);
    if (out.empty()) // every side full: share the middle of the right side
        out.push_back({QPointF(card.body.right(), card.body.center().y()),
                       QPointF(card.outline.right() + kMargin, card.body.center().y()), 1});
    return out;
}

QLineF ConnectionRouter::segment(std::uint64_t key) const {
    const QPolygonF& points = m_routes.at(static_cast<std::uint32_t>(key >> 16)).result.points;
    const auto i = static_cast<qsizetype>(key & 0xffff);
    return {points[i], points[i + 1]};
}

std::optional<int> ConnectionRouter::check(const QPolygonF& points, std::uint32_t from,
                                           std::uint32_t to) const {
    int crossings = 0;
    const qsizetype last = points.size() - 2;
    for (qsizetype i = 0; i <= last; ++i) {
        const QPointF a = points[i];
        const QPointF b = points[i + 1];
        const bool stub = i == 0 || i == last;
        const QRectF box = QRectF(a, b).normalized();
        for (const auto key :
             m_cardIndex.query(box.adjusted(-kMargin, -kMargin, kMargin, kMargin))) {
            const Card& card = m_cards.at(static_cast<std::uint32_t>(key));
            const bool end = key == from || key == to;
            // Stubs leave their own card; other runs keep a margin from all.
            if (stub && end && (card.outline.contains(a) || card.outline.contains(b)))
                continue;
            // Runs may hug their own ends, where two cards stand close.
            const double clearance = stub ? 1 : end ? 4 : kMargin - 0.5;
            if (segmentEntersRect(
                    a, b, card.outline.adjusted(-clearance, -clearance, clearance, clearance)))
                return std::nullopt;
        }
        for (const auto key : m_labelIndex.query(box))
            if (segmentEntersRect(a, b, *m_labelIndex.find(key)))
                return std::nullopt;
        const QLineF line(a, b);
        const double near = route::kSeparation;
        for (const auto key : m_segmentIndex.query(box.adjusted(-near, -near, near, near))) {
            const QLineF other = segment(key);
            if (segmentsRunTogether(line, other, near))
                return std::nullopt;
            if (isVerticalSegment(a, b) == isVerticalSegment(other.p1(), other.p2()))
                continue;
            const QPointF v = isVerticalSegment(a, b) ? a : other.p1(); // on the vertical one
            const QPointF h = isVerticalSegment(a, b) ? other.p1() : a;
            const QLineF& vl = isVerticalSegment(a, b) ? line : other;
            const QLineF& hl = isVerticalSegment(a, b) ? other : line;
            const QPointF meet(v.x(), h.y());
            const auto inside = [](double x, double p, double q, double margin) {
                return x > std::min(p, q) + margin && x < std::max(p, q) - margin;
            };
            const bool touchesV = inside(meet.y(), vl.y1(), vl.y2(), -0.01);
            const bool touchesH = inside(meet.x(), hl.x1(), hl.x2(), -0.01);
            if (!touchesV || !touchesH)
                continue;
            // A crossing is fine; a line ending on another reads as a branch.
            if (!inside(meet.y(), vl.y1(), vl.y2(), 0.5) ||
                !inside(meet.x(), hl.x1(), hl.x2(), 0.5))
                return std::nullopt;
            ++crossings;
        }
    }
    return crossings;
}

std::optional<RouteFound> ConnectionRouter::search(std::uint32_t from, std::uint32_t to,
                                                   const std::vector<RoutePort>& sources,
                                                   const std::vector<RoutePort>& targets,
                                                   std::optional<RouteFound>* unchecked) const {
    const QRectF ends = m_cards.at(from).outline.united(m_cards.at(to).outline);
    std::vector<QRectF> areas;
    for (const double pad : kSearchPads)
        areas.push_back(ends.adjusted(-pad, -pad, pad, pad));
    for (const QRectF& area : areas) {
        RouteSearch s;
        s.area = area;
        for (const auto key : m_cardIndex.query(area))
            s.obstacles.push_back(m_cards.at(static_cast<std::uint32_t>(key))
                                      .outline.adjusted(-kMargin, -kMargin, kMargin, kMargin));
        for (const auto key : m_labelIndex.query(area))
            s.obstacles.push_back(*m_labelIndex.find(key));
        for (const auto key : m_segmentIndex.query(area))
            s.routes.push_back(segment(key));
        s.sources = sources;
        s.targets = targets;
        // The grid leaves out the stubs and what lies beyond its area: the
        // result is checked like any other shape.
        // A wider area only helps when this one has no way through.
        if (auto found = searchRoute(s)) {
            if (check(found->points, from, to))
                return found;
            *unchecked = std::move(found);
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<RouteShape> ConnectionRouter::cheapestClear(std::vector<RouteShape> shapes,
                                                          std::uint32_t from,
                                                          std::uint32_t to) const {
    std::optional<RouteShape> chosen;
    int checks = 0;
    for (RouteShape& shape : shapes) {
        if (++checks > kMaxChecks || (chosen && shape.cost >= chosen->cost))
            break;
        if (const auto crossings = check(shape.points, from, to)) {
            shape.cost += *crossings * route::kCrossingCost;
            if (!chosen || shape.cost < chosen->cost)
                chosen = std::move(shape);
            if (*crossings == 0)
                break;
        }
    }
    return chosen;
}

const ConnectionRoute& ConnectionRouter::route(const ElementId& id, const ElementId& from,
                                               const ElementId& to, const QSizeF& labelSize) {
    static const ConnectionRoute kNone;
    removeRoute(id);
    const auto f = m_cardKeys.find(from);
    const auto t = m_cardKeys.find(to);
    if (f == m_cardKeys.end() || t == m_cardKeys.end())
        return kNone;
    const std::uint32_t key = m_nextKey++;
    m_routeKeys.emplace(id, key);
    const Card& source = m_cards.at(f->second);
    const Card& target = m_cards.at(t->second);
    const std::vector<RoutePort> sources = ports(f->second, target.body.center());
    const std::vector<RoutePort> targets = ports(t->second, source.body.center());

    // Simple shapes first, the cheapest that is clear between sides that
    // face each other; a full search, over every side, when none is; then
    // simple shapes between any sides.
    const auto facing = [](std::vector<RoutePort> ports, const QPointF& from, const QPointF& to) {
        std::erase_if(ports, [&](const RoutePort& p) {
            const QPointF d = to - from;
            const double ahead = p.side == 0   ? -d.x()
                                 : p.side == 1 ? d.x()
                                 : p.side == 2 ? -d.y()
                                               : d.y();
            return ahead <= 0;
        });
        return ports;
    };
    const QPointF a = source.body.center();
    const QPointF b = target.body.center();
    std::optional<RouteShape> chosen = cheapestClear(
        simpleShapes(facing(sources, a, b), facing(targets, b, a)), f->second, t->second);
    std::optional<RouteFound> unchecked;
    const auto found = [&](const RouteFound& r) {
        return RouteShape{r.points, sources[r.source], targets[r.target], 0};
    };
    if (!chosen)
        if (auto r = search(f->second, t->second, sources, targets, &unchecked))
            chosen = found(*r);
    if (!chosen)
        chosen = cheapestClear(simpleShapes(sources, targets), f->second, t->second);
    if (!chosen && unchecked) // clear of cards and runs, if not of every margin
        chosen = found(*unchecked);
    if (!chosen) // nothing is clear (cards on top of each other): the simplest shape
        chosen = simpleShapes(sources, targets).front();

    Route& r = m_routes[key];
    r.id = id;
    r.from = f->second;
    r.to = t->second;
    r.result.points = chosen->points;
    const auto side = [](const RoutePort& p) { return p.side; };
    const auto at = [](const RoutePort& p) { return p.side >= 2 ? p.border.x() : p.border.y(); };
    m_cards.at(r.from).ports.push_back({side(chosen->source), at(chosen->source), key});
    m_cards.at(r.to).ports.push_back({side(chosen->target), at(chosen->target), key});
    for (qsizetype i = 0; i + 1 < r.result.points.size(); ++i)
        m_segmentIndex.insert((static_cast<std::uint64_t>(key) << 16) |
                                  static_cast<std::uint64_t>(i),
                              QRectF(r.result.points[i], r.result.points[i + 1]).normalized());
    placeLabel(r.result, labelSize, key);
    if (!r.result.label.isEmpty())
        m_labelIndex.insert(key, r.result.label.adjusted(-kLabelClearance, -kLabelClearance,
                                                         kLabelClearance, kLabelClearance));
    return r.result;
}

bool ConnectionRouter::labelFits(const QRectF& rect, std::uint32_t self) const {
    const QRectF around =
        rect.adjusted(-kLabelClearance, -kLabelClearance, kLabelClearance, kLabelClearance);
    if (!m_cardIndex.query(around).empty() || !m_labelIndex.query(around).empty())
        return false;
    for (const auto key : m_segmentIndex.query(around)) {
        if ((key >> 16) == self)
            continue;
        const QLineF other = segment(key);
        if (segmentEntersRect(other.p1(), other.p2(), around))
            return false;
    }
    return true;
}

void ConnectionRouter::placeLabel(ConnectionRoute& route, const QSizeF& size,
                                  std::uint32_t self) const {
    const QPolygonF& points = route.points;
    const qsizetype middle = points.size() / 2;
    route.labelAnchor = (points[middle - 1] + points[middle]) / 2;
    route.label = QRectF();
    if (size.isEmpty())
        return;
    const auto centred = [&size](const QPointF& at) {
        return QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
    };
    // The middle segment first, then the others, longest first; on each, its
    // middle, then either side of it.
    std::vector<qsizetype> order;
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if ((a == middle - 1) != (b == middle - 1))
            return a == middle - 1;
        return QLineF(points[a], points[a + 1]).length() >
               QLineF(points[b], points[b + 1]).length();
    });
    const auto place = [&](const QPointF& at) {
        if (!labelFits(centred(at), self))
            return false;
        route.labelAnchor = at;
        route.label = centred(at);
        return true;
    };
    for (const qsizetype i : order) {
        const QLineF line(points[i], points[i + 1]);
        const double room = isVerticalSegment(line.p1(), line.p2()) ? size.height() : size.width();
        if (line.length() >= room + 8)
            for (const double share : {0.5, 0.3, 0.7})
                if (place(line.pointAt(share)))
                    return;
    }
    // Beside a segment too short to hold it (between cards standing close).
    for (const qsizetype i : order) {
        const QLineF line(points[i], points[i + 1]);
        const bool vertical = isVerticalSegment(line.p1(), line.p2());
        const QPointF off(vertical ? size.width() / 2 + kLabelClearance + 1 : 0,
                          vertical ? 0 : size.height() / 2 + kLabelClearance + 1);
        if (place(line.pointAt(0.5) - off) || place(line.pointAt(0.5) + off))
            return;
    }
    // Near the middle, in the nearest free spot.
    const QPointF middlePoint = route.labelAnchor;
    for (int ring = 1; ring <= 12; ++ring)
        for (int dx = -1; dx <= 1; ++dx)
            for (int dy = -1; dy <= 1; ++dy)
                if ((dx || dy) && place(middlePoint + QPointF(dx * (size.width() / 2 + 12 * ring),
                                                              dy * (size.height() / 2 + 8 * ring))))
                    return;
    route.labelAnchor = middlePoint;
    route.label = centred(middlePoint);
}

void ConnectionRouter::forget(std::uint32_t key) {
    const auto it = m_routes.find(key);
    if (it == m_routes.end())
        return;
    const Route& r = it->second;
    for (qsizetype i = 0; i + 1 < r.result.points.size(); ++i)
        m_segmentIndex.remove((static_cast<std::uint64_t>(key) << 16) |
                              static_cast<std::uint64_t>(i));
    m_labelIndex.remove(key);
    for (const std::uint32_t card : {r.from, r.to})
        if (const auto c = m_cards.find(card); c != m_cards.end())
            std::erase_if(c->second.ports, [key](const Port& p) { return p.route == key; });
    m_routes.erase(it);
}

void ConnectionRouter::removeRoute(const ElementId& id) {
    const auto it = m_routeKeys.find(id);
    if (it == m_routeKeys.end())
        return;
    forget(it->second);
    m_routeKeys.erase(it);
}

std::vector<ElementId> ConnectionRouter::routesMeeting(const QRectF& area) const {
    std::vector<ElementId> ids;
    for (const auto key : m_segmentIndex.query(area))
        ids.push_back(m_routes.at(static_cast<std::uint32_t>(key >> 16)).id);
    for (const auto key : m_labelIndex.query(area))
        ids.push_back(m_routes.at(static_cast<std::uint32_t>(key)).id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace archboard
