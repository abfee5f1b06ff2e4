#include "canvasroutes.h"

#include "cardgeometry.h"

#include <algorithm>

namespace archboard {

void CanvasRoutes::placeCard(const Component& component) {
    const QRectF body = cardSceneRect(component.position);
    const bool badges = component.replicas > 1 || component.zones > 1;
    const QRectF zone = badges ? cardBadgeZone(component.position) : QRectF();
    const QRectF outline = badges ? body.united(zone) : body;
    const std::optional<QRectF> before = m_router.cardOutline(component.id);
    if (before && *before == outline)
        return;
    m_router.setCard(component.id, body, zone);
    m_movedCards.push_back(component.id);
    if (before)
        m_areas.push_back(*before);
    m_areas.push_back(outline);
}

void CanvasRoutes::removeCard(const ElementId& id) {
    if (const auto outline = m_router.cardOutline(id))
        m_areas.push_back(*outline);
    m_router.removeCard(id);
}

void CanvasRoutes::settle() {
    m_movedCards.clear();
    m_areas.clear();
}

std::vector<ElementId> CanvasRoutes::takeRoutes() {
    std::vector<ElementId> ids;
    const auto& connections = m_design->connections();
    for (const ElementId& card : m_movedCards)
        for (const Direction direction : {Direction::Outgoing, Direction::Incoming})
            for (const std::size_t index : m_design->connectionsOf(card, direction))
                ids.push_back(connections[index].id);
    const double m = route::kMargin;
    for (const QRectF& area : m_areas)
        for (ElementId& id : m_router.routesMeeting(area.adjusted(-m, -m, m, m)))
            ids.push_back(std::move(id));
    settle();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const ElementId& id : ids)
        m_router.removeRoute(id);
    return ids;
}

bool CanvasRoutes::meets(const ElementId& connection, const QRectF& area) const {
    const Connection* c = m_design->connection(connection);
    if (!c)
        return false;
    for (const ElementId& end : {c->from, c->to})
        if (const auto outline = m_router.cardOutline(end); outline && outline->intersects(area))
            return true;
    return false;
}

std::optional<ElementId> CanvasRoutes::takeDeferred(const QRectF& inView) {
    if (m_deferred.empty())
        return std::nullopt;
    if (m_orderedFor != inView) {
        if (!m_orderedFor) // first look: the queue in the order it was filled, next last
            std::reverse(m_deferred.begin(), m_deferred.end());
        // Those in view to the back, where the next is taken from; the
        // order within each part stays.
        std::stable_partition(m_deferred.begin(), m_deferred.end(),
                              [&](const ElementId& id) { return !meets(id, inView); });
        m_orderedFor = inView;
    }
    ElementId next = std::move(m_deferred.back());
    m_deferred.pop_back();
    return next;
}

} // namespace archboard
