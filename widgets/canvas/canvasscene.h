#pragma once

#include "canvasgrid.h"
#include "canvasstyle.h"
#include "findingmarks.h"
#include "model/design.h"

#include <array>
#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QPainterPath>
#include <span>
#include <unordered_map>

class QMenu;
class QTimer;

namespace archboard {

class CanvasInteraction;
class CanvasItem;
class CanvasRoutes;
class ConnectionRouter;
class DesignCommand;
class DesignDocument;
class KindIconCache;

// The design drawn: one item per component, connection, group and note,
// found by id. It follows DesignDocument::changed (creates, deletes and
// re-syncs items, re-routes only the connections that moved cards disturb:
// their own and those passing where a card was or now is) and paints
// the background. Mouse gestures and palette drops go to a CanvasInteraction
// (tools/), which turns them into edits (canvasedits.h).
class CanvasScene : public QGraphicsScene {
    Q_OBJECT

public:
    static constexpr double kGridSize = CanvasGrid::kDefaultSize;

    // An editable scene over a document.
    explicit CanvasScene(DesignDocument* document, QObject* parent = nullptr);
    // A read-only scene over a design, for export.
    CanvasScene(const Design& design, const CanvasStyle& style, QObject* parent = nullptr);
    ~CanvasScene() override;

    const Design& design() const { return *m_design; }
    DesignDocument* document() const { return m_document; }
    bool isEditable() const { return m_document != nullptr; }

    const CanvasStyle& style() const { return m_style; }
    void setStyle(const CanvasStyle& style);
    KindIconCache& icons() { return *m_icons; }
    // Routes every connection around the cards (connection items ask it).
    ConnectionRouter& router();
    // A design with more connections than this opens at once and routes
    // them in slices of the event loop, those in view first.
    static constexpr std::size_t kRoutedAtOnce = 400;
    // While an opened design is being routed, a connection item asks to be
    // routed later rather than now (true: it is queued).
    bool routeLater(const ElementId& connection);
    bool hasPendingRoutes() const;
    // Routes every queued connection now: before an export, a screenshot or
    // anything else that reads routes.
    void finishRoutes();
    // Exporting draws every item in full detail and no grid.
    bool isExporting() const { return m_exporting; }
    void setExporting(bool exporting);

    CanvasItem* itemFor(const ElementId& id) const;
    // The critic's badges, and the targets of the current finding, which
    // items draw with a halo. Only items whose look changes repaint.
    const FindingMarks& findingMarks() const { return m_findingMarks; }
    void setFindingMarks(FindingMarks::Map marks);
    void setHighlighted(std::span<const ElementId> ids);
    std::size_t elementItemCount() const { return m_items.size(); }
    // Selected element ids: components, groups, notes, connections, each in
    // design order.
    std::vector<ElementId> selectedIds() const;
    void selectIds(std::span<const ElementId> ids);
    // The bounds of everything drawn.
    QRectF contentRect() const;
    // Where an element sits in the model: a card's or note's centre, a
    // group's top-left.
    std::optional<Position> modelPosition(const ElementId& id) const;

    const CanvasGrid& grid() const { return m_grid; }
    void setGrid(const CanvasGrid& grid);
    bool snapToGrid() const { return m_grid.snap; }
    void setSnapToGrid(bool snap) { m_grid.snap = snap; }
    QPointF snapped(const QPointF& point) const { return m_grid.snapped(point); }

    // Pushes one command on the document's undo stack (canvasedits.h builds
    // them). Records the selection now as the command's "before" and,
    // unless the command set one, as its "after" too.
    void push(DesignCommand* command);
    // The popup that asks for a new connection's kind, while it is open.
    QMenu* connectionKindMenu() const;

    // Work done following the model, for the benchmark: items re-synced and
    // connections re-routed since the last reset.
    struct Stats {
        qint64 itemsSynced = 0;
        qint64 connectionsRerouted = 0;
    };
    const Stats& stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }
    void countReroute() {
        ++m_stats.connectionsRerouted;
        m_overviewDirty = true;
    }

    // Below this zoom connections are hairlines, drawn by the scene in one
    // batch per kind rather than one item at a time.
    static constexpr double kConnectionOverviewBelow = 0.3;
    // Set by the view as its zoom crosses kConnectionOverviewBelow: while the
    // scene draws the connections, their items have no contents of their own
    // (the view then skips them) except selected ones, which draw a halo.
    void setConnectionOverview(bool overview);

Q_SIGNALS:
    void renameRequested(const QString& id);
    // Everything was replaced (a design was opened, closed or reset).
    void rebuilt();
    // Every connection of the opened design has its route.
    void routesSettled();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void updateConnectionContents(CanvasItem* item) const;
    void init();
    void onDocumentChanged(const DesignChange& change);
    void onUndoIndexChanged(int index);
    void rebuild();
    void addItemFor(const ElementId& id);
    void removeItemFor(const ElementId& id);
    // Routes again what cards moving, appearing or going disturbed.
    void rerouteDisturbed();
    // Routes queued connections for a few milliseconds, then yields.
    void routeSlice();
    // What the views show, in scene coordinates.
    QRectF visibleArea() const;
    void drawConnectionOverview(QPainter& painter, const QRectF& rect);

    const Design* m_design;
    DesignDocument* m_document = nullptr;
    CanvasStyle m_style;
    std::unique_ptr<KindIconCache> m_icons;
    std::unique_ptr<CanvasRoutes> m_routes;
    std::unordered_map<ElementId, CanvasItem*> m_items;
    FindingMarks m_findingMarks;
    bool m_exporting = false;
    CanvasGrid m_grid;
    int m_undoIndex = 0;
    std::unique_ptr<CanvasInteraction> m_interaction;
    Stats m_stats;
    std::array<QPainterPath, enumCount<ConnectionKind>()> m_overview;
    bool m_overviewDirty = true;
    bool m_connectionOverview = false;
    QTimer* m_routeTimer = nullptr;
    // Since the zoomed-out view last showed routes that came in.
    QElapsedTimer m_sinceRoutesShown;
};

} // namespace archboard
