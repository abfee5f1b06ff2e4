// CanvasScene: routing a large design's connections after it opens (the
// rest: canvasscene.cpp).
#include "canvasroutes.h"
#include "canvasscene.h"
#include "connectionitem.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QTimer>

namespace archboard {

namespace {

// Routing per slice: the event loop still paints and takes input at a
// steady rate while routes come in.
constexpr qint64 kSliceNs = 8'000'000;
// Zoomed out, the scene draws all connections in one pass that costs more
// than a slice: routes that came in are shown a few times a second.
constexpr qint64 kOverviewShowMs = 250;

// Takes the next queued connection and routes it: nothing when the queue is
// empty, a null item when it was removed meanwhile or an edit that moved an
// end has routed it already.
std::optional<ConnectionItem*> routeNext(const CanvasScene& scene, CanvasRoutes& routes,
                                         const QRectF& inView) {
    const std::optional<ElementId> next = routes.takeDeferred(inView);
    if (!next)
        return std::nullopt;
    auto* item = dynamic_cast<ConnectionItem*>(scene.itemFor(*next));
    if (!item || !item->route().isEmpty())
        return nullptr;
    item->reroute();
    return item;
}

} // namespace

bool CanvasScene::routeLater(const ElementId& connection) {
    if (!m_routes->isDeferring())
        return false;
    m_routes->defer(connection);
    return true;
}

bool CanvasScene::hasPendingRoutes() const {
    return m_routes->hasDeferred();
}

QRectF CanvasScene::visibleArea() const {
    QRectF area;
    for (const QGraphicsView* view : views())
        if (view->isVisible())
            area |= view->mapToScene(view->viewport()->rect()).boundingRect();
    return area;
}

void CanvasScene::routeSlice() {
    QElapsedTimer timer;
    timer.start();
    const QRectF inView = visibleArea();
    // Routes only come in here, none change: the zoomed-out drawing of all
    // connections grows by them rather than being built again.
    const bool overviewDirty = m_overviewDirty;
    while (timer.nsecsElapsed() < kSliceNs) {
        const std::optional<ConnectionItem*> routed = routeNext(*this, *m_routes, inView);
        if (!routed)
            break;
        if (*routed && !overviewDirty)
            m_overview[static_cast<std::size_t>((*routed)->kind())].addPolygon((*routed)->route());
    }
    m_overviewDirty = overviewDirty;
    const bool done = !m_routes->hasDeferred();
    if (m_connectionOverview && (done || !m_sinceRoutesShown.isValid() ||
                                 m_sinceRoutesShown.elapsed() >= kOverviewShowMs)) {
        update(); // the scene draws the connections itself
        m_sinceRoutesShown.start();
    }
    if (!done) {
        m_routeTimer->start();
        return;
    }
    m_sinceRoutesShown.invalidate();
    Q_EMIT routesSettled();
}

void CanvasScene::finishRoutes() {
    if (!m_routes->hasDeferred())
        return;
    m_routeTimer->stop();
    while (routeNext(*this, *m_routes, QRectF())) {
    }
    if (m_connectionOverview)
        update();
    m_sinceRoutesShown.invalidate();
    Q_EMIT routesSettled();
}

} // namespace archboard
