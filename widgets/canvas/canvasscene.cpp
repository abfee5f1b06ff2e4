#include "canvasscene.h"

#include "canvasroutes.h"
#include "componentitem.h"
#include "connectionitem.h"
#include "groupitem.h"
#include "kindiconcache.h"
#include "noteitem.h"
#include "tools/canvasinteraction.h"
#include "tools/canvastool.h"
#include "widgets/commands/designcommand.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <cmath>
#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QUndoStack>

namespace archboard {

namespace {

// Sort key of an element: its array, then its index in it.
std::pair<int, std::size_t> designOrder(const Design& design, const ElementId& id) {
    static constexpr int kRank[] = {0, 3, 1, 2, 4}; // component, connection, group, note, annot.
    const auto ref = design.find(id);
    return ref ? std::pair{kRank[static_cast<int>(ref->type)], ref->index}
               : std::pair{5, std::size_t{0}};
}

} // namespace

CanvasScene::CanvasScene(DesignDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_design(&document->design())
    , m_document(document)
    , m_style(CanvasStyle::fromPalette(QApplication::palette()))
    , m_icons(std::make_unique<KindIconCache>())
    , m_routes(std::make_unique<CanvasRoutes>(*m_design))
    , m_interaction(std::make_unique<CanvasInteraction>(*this)) {
    connect(document, &DesignDocument::changed, this, &CanvasScene::onDocumentChanged);
    connect(document->undoStack(), &QUndoStack::indexChanged, this,
            &CanvasScene::onUndoIndexChanged);
    m_undoIndex = document->undoStack()->index();
    init();
}

CanvasScene::CanvasScene(const Design& design, const CanvasStyle& style, QObject* parent)
    : QGraphicsScene(parent)
    , m_design(&design)
    , m_style(style)
    , m_icons(std::make_unique<KindIconCache>())
    , m_routes(std::make_unique<CanvasRoutes>(*m_design))
    , m_interaction(std::make_unique<CanvasInteraction>(*this)) {
    init();
}

CanvasScene::~CanvasScene() {
    // Items reach back into the scene while they are destroyed, and whoever
    // follows the selection may be half destroyed already.
    blockSignals(true);
    m_interaction->cancel(); // before clear(): a tool may own an overlay item
    clear();
    m_items.clear();
}

void CanvasScene::init() {
    setItemIndexMethod(BspTreeIndex);
    m_routeTimer = new QTimer(this);
    m_routeTimer->setSingleShot(true);
    connect(m_routeTimer, &QTimer::timeout, this, &CanvasScene::routeSlice);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_connectionOverview)
            return;
        for (const auto& [id, item] : m_items)
            updateConnectionContents(item);
    });
    rebuild();
}

void CanvasScene::setConnectionOverview(bool overview) {
    if (overview == m_connectionOverview)
        return;
    m_connectionOverview = overview;
    // The whole scene repaints anyway. Asking for that first lets each of
    // the thousands of flag changes below skip marking its item dirty, which
    // would otherwise cost the first frame at the new zoom twice its paint.
    update();
    for (const auto& [id, item] : m_items)
        updateConnectionContents(item);
}

void CanvasScene::updateConnectionContents(CanvasItem* item) const {
    if (item->elementType() == ElementType::Connection)
        item->setFlag(QGraphicsItem::ItemHasNoContents,
                      m_connectionOverview && !item->isSelected());
}

void CanvasScene::setStyle(const CanvasStyle& style) {
    m_style = style;
    // Fonts may have changed, and with them the elided texts.
    for (auto& [id, item] : m_items)
        item->syncFromModel();
    update();
}

void CanvasScene::setExporting(bool exporting) {
    m_exporting = exporting;
    update();
}

ConnectionRouter& CanvasScene::router() {
    return m_routes->router();
}

CanvasItem* CanvasScene::itemFor(const ElementId& id) const {
    const auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : it->second;
}

void CanvasScene::setFindingMarks(FindingMarks::Map marks) {
    std::vector<CanvasItem*> changed;
    for (const ElementId& id : m_findingMarks.changes(marks))
        if (CanvasItem* item = itemFor(id))
            changed.push_back(item);
    for (CanvasItem* item : changed) // a badge may grow an item's bounds
        item->prepareFindingMarkChange();
    m_findingMarks.assign(std::move(marks));
    for (CanvasItem* item : changed)
        item->findingMarkChanged();
}

void CanvasScene::setHighlighted(std::span<const ElementId> ids) {
    for (const ElementId& id : m_findingMarks.setHighlighted(ids))
        if (CanvasItem* item = itemFor(id))
            item->findingMarkChanged();
}

std::vector<ElementId> CanvasScene::selectedIds() const {
    std::vector<ElementId> ids;
    for (QGraphicsItem* item : selectedItems())
        if (auto* element = dynamic_cast<CanvasItem*>(item))
            ids.push_back(element->elementId());
    std::sort(ids.begin(), ids.end(), [this](const ElementId& a, const ElementId& b) {
        return designOrder(*m_design, a) < designOrder(*m_design, b);
    });
    return ids;
}

void CanvasScene::selectIds(std::span<const ElementId> ids) {
    clearSelection();
    CanvasItem* first = nullptr;
    for (const ElementId& id : ids)
        if (CanvasItem* item = itemFor(id)) {
            item->setSelected(true);
            if (!first)
                first = item;
        }
    if (first && first->flags().testFlag(QGraphicsItem::ItemIsFocusable))
        setFocusItem(first);
}

QRectF CanvasScene::contentRect() const {
    QRectF rect;
    for (const auto& [id, item] : m_items)
        rect |= item->sceneBoundingRect();
    return rect;
}

std::optional<Position> CanvasScene::modelPosition(const ElementId& id) const {
    if (const Component* c = m_design->component(id))
        return c->position;
    if (const Note* n = m_design->note(id))
        return n->position;
    if (const Group* g = m_design->group(id))
        return Position{g->rect.x, g->rect.y};
    return std::nullopt;
}

void CanvasScene::setGrid(const CanvasGrid& grid) {
    if (grid == m_grid)
        return;
    m_grid = grid;
    update(); // the dots are the background
}

// ---- following the model ------------------------------------------------

void CanvasScene::onDocumentChanged(const DesignChange& change) {
    if (change.reset) {
        rebuild();
        return;
    }
    for (const ElementId& id : change.removed)
        removeItemFor(id);
    // Cards first: connections added with them route between them.
    std::vector<ElementId> added = change.added;
    std::stable_partition(added.begin(), added.end(),
                          [this](const ElementId& id) { return m_design->component(id); });
    for (const ElementId& id : added)
        addItemFor(id);
    for (const ElementId& id : change.modified) {
        CanvasItem* item = itemFor(id);
        if (!item)
            continue;
        item->syncFromModel();
        ++m_stats.itemsSynced;
        if (const Component* c = m_design->component(id))
            m_routes->placeCard(*c);
    }
    rerouteDisturbed();
}

void CanvasScene::rebuild() {
    m_interaction->cancel();
    for (auto& [id, item] : m_items)
        delete item;
    m_items.clear();
    m_routes->clear();
    m_overviewDirty = true;
    // Index once at the end rather than after every insertion.
    setItemIndexMethod(NoIndex);
    m_items.reserve(m_design->components().size() + m_design->connections().size() +
                    m_design->groups().size() + m_design->notes().size());
    for (const Group& g : m_design->groups())
        addItemFor(g.id);
    for (const Component& c : m_design->components())
        addItemFor(c.id);
    m_routes->setDeferring(isEditable() && m_design->connections().size() > kRoutedAtOnce);
    for (const Connection& c : m_design->connections())
        addItemFor(c.id);
    m_routes->setDeferring(false);
    for (const Note& n : m_design->notes())
        addItemFor(n.id);
    m_routes->settle(); // every route was drawn among all cards
    setItemIndexMethod(BspTreeIndex);
    if (m_routes->hasDeferred())
        m_routeTimer->start();
    else
        m_routeTimer->stop();
    Q_EMIT rebuilt();
}

void CanvasScene::addItemFor(const ElementId& id) {
    const auto ref = m_design->find(id);
    if (!ref || m_items.contains(id))
        return;
    CanvasItem* item = nullptr;
    switch (ref->type) {
    case ElementType::Component:
        m_routes->placeCard(*m_design->component(id));
        item = new ComponentItem(*this, id);
        break;
    case ElementType::Connection:
        item = new ConnectionItem(*this, id);
        break;
    case ElementType::Group:
        item = new GroupItem(*this, id);
        break;
    case ElementType::Note:
        item = new NoteItem(*this, id);
        break;
    case ElementType::Annotation:
        return; // not drawn on the canvas
    }
    item->syncFromModel();
    updateConnectionContents(item);
    addItem(item);
    m_items.emplace(id, item);
}

void CanvasScene::removeItemFor(const ElementId& id) {
    const auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    if (it->second->elementType() == ElementType::Connection) {
        m_routes->router().removeRoute(id);
        m_overviewDirty = true;
    } else if (it->second->elementType() == ElementType::Component) {
        m_routes->removeCard(id);
    }
    delete it->second;
    m_items.erase(it);
}

void CanvasScene::rerouteDisturbed() {
    for (const ElementId& id : m_routes->takeRoutes())
        if (auto* item = dynamic_cast<ConnectionItem*>(itemFor(id)))
            item->reroute();
}

void CanvasScene::onUndoIndexChanged(int index) {
    // Restore the selection a command recorded: its "after" when it was
    // done or redone, its "before" when it was undone.
    const int previous = m_undoIndex;
    m_undoIndex = index;
    if (!m_document || index == previous)
        return;
    const QUndoStack* stack = m_document->undoStack();
    const bool forward = index > previous;
    const auto* command =
        dynamic_cast<const DesignCommand*>(stack->command(forward ? index - 1 : index));
    if (command && command->recordsSelection())
        selectIds(forward ? command->selectionAfter() : command->selectionBefore());
}

// ---- edits --------------------------------------------------------------

void CanvasScene::push(DesignCommand* command) {
    const std::vector<ElementId> now = selectedIds();
    command->setSelection(command->selectionBefore().empty() ? now : command->selectionBefore(),
                          command->selectionAfter().empty() ? now : command->selectionAfter());
    m_document->undoStack()->push(command);
}

QMenu* CanvasScene::connectionKindMenu() const {
    return m_interaction->connectionKindMenu();
}

// ---- mouse and drops: the interaction's, unless it leaves them ---------

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    // On empty canvas the base clears the selection and the view draws a
    // rubber band.
    if (!m_interaction->press(*event))
        QGraphicsScene::mousePressEvent(event);
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (!m_interaction->move(*event))
        QGraphicsScene::mouseMoveEvent(event);
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (!m_interaction->release(*event))
        QGraphicsScene::mouseReleaseEvent(event);
}

void CanvasScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (CanvasItem* item = elementItemAt(*this, event->scenePos()); item && isEditable()) {
        event->accept();
        Q_EMIT renameRequested(toQString(item->elementId()));
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event) {
    m_interaction->dragEnter(*event);
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event) {
    m_interaction->dragEnter(*event);
}

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent* event) {
    m_interaction->drop(*event);
}

// ---- background ---------------------------------------------------------

void CanvasScene::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, m_style.background);
    const double zoom = painter->worldTransform().m11();
    if (!m_exporting && zoom < kConnectionOverviewBelow)
        drawConnectionOverview(*painter, rect);
    if (!m_exporting)
        m_grid.paint(*painter, rect, m_style.gridDot);
}

void CanvasScene::drawConnectionOverview(QPainter& painter, const QRectF& rect) {
    if (m_overviewDirty) {
        for (QPainterPath& path : m_overview)
            path = QPainterPath();
        for (const auto& [id, item] : m_items)
            if (item->elementType() == ElementType::Connection) {
                const auto* connection = static_cast<const ConnectionItem*>(item);
                m_overview[static_cast<std::size_t>(connection->kind())].addPolygon(
                    connection->route());
            }
        m_overviewDirty = false;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setClipRect(rect);
    for (std::size_t kind = 0; kind < m_overview.size(); ++kind) {
        QPen pen(m_style.edge[kind], 0); // cosmetic hairline
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(m_overview[kind]);
    }
    painter.restore();
}

} // namespace archboard
