#pragma once

#include "connectionrouter.h"
#include "model/design.h"

#include <vector>

namespace archboard {

// The scene's routing: puts each component's card (and its badges) where the
// model has it, and after cards move, appear or go, says which connections
// must be routed again: the moved cards' own, and those whose route or
// label passes where a card was or now is. All others keep their route.
class CanvasRoutes {
public:
    explicit CanvasRoutes(const Design& design)
        : m_design(&design) {}

    ConnectionRouter& router() { return m_router; }
    void clear() {
        m_router.clear();
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

private:
    const Design* m_design;
    ConnectionRouter m_router;
    std::vector<ElementId> m_movedCards;
    std::vector<QRectF> m_areas; // where cards were or now are
};

} // namespace archboard
