#pragma once

#include "connectionroute.h"
#include "model/elementid.h"
#include "rectindex.h"
#include "routesearch.h"
#include "routeshapes.h"

#include <cstdint>
#include <optional>
#include <QSizeF>
#include <unordered_map>
#include <vector>

namespace archboard {

// Routes every connection of a design around every card, label and badge,
// and apart from the routes already drawn: no route passes behind a card
// other than its two ends, and no two run along one line, so each can be
// followed end to end. Connections on one card side leave from separate
// points. Cards, routes and labels sit in spatial indexes, so routing one
// connection looks only at its surroundings; after a card moves, only the
// routes near its old and new place need routing again (routesMeeting).
class ConnectionRouter {
public:
    // A card at `body`; `badges` is the part above its top edge where badges
    // sit (empty for none), which routes also keep clear of.
    void setCard(const ElementId& id, const QRectF& body, const QRectF& badges = {});
    void removeCard(const ElementId& id);
    // The card's body and badges, if it is known.
    std::optional<QRectF> cardOutline(const ElementId& id) const;

    // Routes connection `id` anew (dropping its previous route) from card
    // `from` to card `to`, with room for a label of `labelSize` (empty for
    // none). Empty points when either card is unknown.
    const ConnectionRoute& route(const ElementId& id, const ElementId& from, const ElementId& to,
                                 const QSizeF& labelSize);
    void removeRoute(const ElementId& id);
    // Connections whose route or label meets `area`, sorted.
    std::vector<ElementId> routesMeeting(const QRectF& area) const;
    void clear();

private:
    struct Port {
        int side;
        double at;
        std::uint32_t route;
    };
    struct Card {
        QRectF body;
        QRectF badges;
        QRectF outline; // body and badges
        std::vector<Port> ports;
    };
    struct Route {
        ElementId id;
        std::uint32_t from = 0;
        std::uint32_t to = 0;
        ConnectionRoute result;
    };
    std::optional<RoutePort> port(const Card& card, int side, const QPointF& towards) const;
    std::vector<RoutePort> ports(std::uint32_t card, const QPointF& towards) const;
    // The cheapest of `shapes` (sorted by cost) that is clear, crossings
    // counted in.
    std::optional<RouteShape> cheapestClear(std::vector<RouteShape> shapes, std::uint32_t from,
                                            std::uint32_t to) const;
    // Crossings of `points` with other routes, or nothing when it enters a
    // card, a label or another route's line.
    std::optional<int> check(const QPolygonF& points, std::uint32_t from, std::uint32_t to) const;
    // A search in growing areas; its first result that passes check(),
    // else nothing, with the first result in `unchecked`.
    std::optional<RouteFound> search(std::uint32_t from, std::uint32_t to,
                                     const std::vector<RoutePort>& sources,
                                     const std::vector<RoutePort>& targets,
                                     std::optional<RouteFound>* unchecked) const;
    void placeLabel(ConnectionRoute& route, const QSizeF& size, std::uint32_t self) const;
    bool labelFits(const QRectF& rect, std::uint32_t self) const;
    QLineF segment(std::uint64_t key) const;
    void forget(std::uint32_t key);

    std::unordered_map<ElementId, std::uint32_t> m_cardKeys;
    std::unordered_map<ElementId, std::uint32_t> m_routeKeys;
    std::unordered_map<std::uint32_t, Card> m_cards;
    std::unordered_map<std::uint32_t, Route> m_routes;
    std::uint32_t m_nextKey = 1;
    RectIndex m_cardIndex;    // outlines, by card key
    RectIndex m_segmentIndex; // route key << 16 | segment index
    RectIndex m_labelIndex;   // by route key
};

} // namespace archboard
