#pragma once

#include "connectionrouter.h"
#include "model/design.h"

#include <optional>
#include <QRectF>
#include <vector>

namespace archboard {

// The scene's routing: puts each component's card (and its badges) where the
// model has it, and after cards move, appear or go, says which connections
// must be routed again: the moved cards' own, and those whose route or
// label passes where a card was or now is. All others keep their route.
//
// A large design's connections are not routed as it opens, which would keep
// its window blank for seconds: they wait in a queue that the scene works
// through a slice at a time, those in view first.
class CanvasRoutes {
public:
    explicit CanvasRoutes(const Design& design)
        : m_design(&design) {}

    ConnectionRouter& router() { return m_router; }
    void clear() {
        m_router.clear();
        m_deferred.clear();
        m_orderedFor.reset();
        settle();
    }

    // Places `component`'s card; when it is new or moved, its connections
    // and the routes where it was or now is are due to be routed again.
    void placeCard(const Component& component);
    // The card goes; routes that went around it are due to be routed again.
    void removeCard(const ElementId& id);
    // Forgets what is due (after every card was placed anew).
    void settle();

    // The connections due to be routed again, sorted; their old routes are
    // dropped, so each finds its way among the routes that stay.
    std::vector<ElementId> takeRoutes();

    // While deferring, connections that ask to be routed are queued instead.
    void setDeferring(bool deferring) { m_deferring = deferring; }
    bool isDeferring() const { return m_deferring; }
    void defer(const ElementId& connection) { m_deferred.push_back(connection); }
    bool hasDeferred() const { return !m_deferred.empty(); }
    std::size_t deferredCount() const { return m_deferred.size(); }
    // The next queued connection: first those with an end in `inView`, then
    // the others, each in the order they were queued.
    std::optional<ElementId> takeDeferred(const QRectF& inView);

private:
    bool meets(const ElementId& connection, const QRectF& area) const;

    const Design* m_design;
    ConnectionRouter m_router;
    std::vector<ElementId> m_movedCards;
    std::vector<QRectF> m_areas; // where cards were or now are
    bool m_deferring = false;
    // Queued connections, the next one last; ordered for the view it was
    // last ordered for.
    std::vector<ElementId> m_deferred;
    std::optional<QRectF> m_orderedFor;
};

} // namespace archboard
