#include "canvasscene.h"

#include "cardgeometry.h"
#include "componentitem.h"
#include "connectionitem.h"
#include "groupitem.h"
#include "kindiconcache.h"
#include "noteitem.h"
#include "widgets/commands/addelementscommand.h"
#include "widgets/commands/moveelementscommand.h"
#include "widgets/commands/newelement.h"
#include "widgets/commands/resizegroupcommand.h"
#include "widgets/document/designdocument.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <cmath>
#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QUndoStack>
#include <unordered_set>

namespace archboard {

namespace {

constexpr double kMinGridZoom = 0.45;
constexpr qsizetype kMaxGridDots = 40'000;
constexpr double kMinGroupWidth = 120;
constexpr double kMinGroupHeight = 80;

// Sort key of an element: its array, then its index in it.
std::pair<int, std::size_t> designOrder(const Design& design, const ElementId& id) {
    static constexpr int kRank[] = {0, 3, 1, 2, 4}; // component, connection, group, note, annot.
    const auto ref = design.find(id);
    return ref ? std::pair{kRank[static_cast<int>(ref->type)], ref->index}
               : std::pair{5, std::size_t{0}};
}

Position shifted(const Position& p, const QPointF& delta) {
    return {p.x + delta.x(), p.y + delta.y()};
}

} // namespace

CanvasScene::CanvasScene(DesignDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_design(&document->design())
    , m_document(document)
    , m_style(CanvasStyle::fromPalette(QApplication::palette()))
    , m_icons(std::make_unique<KindIconCache>()) {
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
    , m_icons(std::make_unique<KindIconCache>()) {
    init();
}

CanvasScene::~CanvasScene() {
    // Items reach back into the scene while they are destroyed, and whoever
    // follows the selection may be half destroyed already.
    blockSignals(true);
    clear();
    m_items.clear();
}

void CanvasScene::init() {
    setItemIndexMethod(BspTreeIndex);
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

CanvasItem* CanvasScene::itemFor(const ElementId& id) const {
    const auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : it->second;
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

CanvasItem* CanvasScene::selectNext(bool forward) {
    std::vector<ElementId> order;
    for (const Component& c : m_design->components())
        order.push_back(c.id);
    for (const Group& g : m_design->groups())
        order.push_back(g.id);
    for (const Note& n : m_design->notes())
        order.push_back(n.id);
    if (order.empty())
        return nullptr;
    const auto* focused = dynamic_cast<CanvasItem*>(focusItem());
    const auto current =
        focused ? std::find(order.begin(), order.end(), focused->elementId()) : order.end();
    std::size_t next = 0;
    if (current != order.end()) {
        const auto index = static_cast<std::size_t>(current - order.begin());
        next = forward ? (index + 1) % order.size() : (index + order.size() - 1) % order.size();
    } else if (!forward) {
        next = order.size() - 1;
    }
    selectIds(std::span(&order[next], 1));
    return itemFor(order[next]);
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

QPointF CanvasScene::snapped(const QPointF& point) const {
    if (!m_snapToGrid)
        return point;
    return {std::round(point.x() / kGridSize) * kGridSize,
            std::round(point.y() / kGridSize) * kGridSize};
}

// ---- following the model ------------------------------------------------

void CanvasScene::onDocumentChanged(const DesignChange& change) {
    if (change.reset) {
        rebuild();
        return;
    }
    for (const ElementId& id : change.removed)
        removeItemFor(id);
    for (const ElementId& id : change.added)
        addItemFor(id);
    const bool moved = (change.aspects & (Aspect::Geometry | Aspect::Structure)) != 0;
    for (const ElementId& id : change.modified) {
        CanvasItem* item = itemFor(id);
        if (!item)
            continue;
        item->syncFromModel();
        ++m_stats.itemsSynced;
        if (moved && item->elementType() == ElementType::Component)
            rerouteConnectionsOf(id);
    }
}

void CanvasScene::rebuild() {
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
    }
    m_drag = {};
    for (auto& [id, item] : m_items)
        delete item;
    m_items.clear();
    m_overviewDirty = true;
    // Index once at the end rather than after every insertion.
    setItemIndexMethod(NoIndex);
    m_items.reserve(m_design->components().size() + m_design->connections().size() +
                    m_design->groups().size() + m_design->notes().size());
    for (const Group& g : m_design->groups())
        addItemFor(g.id);
    for (const Component& c : m_design->components())
        addItemFor(c.id);
    for (const Connection& c : m_design->connections())
        addItemFor(c.id);
    for (const Note& n : m_design->notes())
        addItemFor(n.id);
    setItemIndexMethod(BspTreeIndex);
    Q_EMIT rebuilt();
}

void CanvasScene::addItemFor(const ElementId& id) {
    const auto ref = m_design->find(id);
    if (!ref || m_items.contains(id))
        return;
    CanvasItem* item = nullptr;
    switch (ref->type) {
    case ElementType::Component:
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
    if (m_drag.target == it->second)
        m_drag.target = nullptr;
    if (it->second->elementType() == ElementType::Connection)
        m_overviewDirty = true;
    delete it->second;
    m_items.erase(it);
}

void CanvasScene::rerouteConnectionsOf(const ElementId& componentId) {
    const auto& connections = m_design->connections();
    for (const Direction direction : {Direction::Outgoing, Direction::Incoming})
        for (const std::size_t index : m_design->connectionsOf(componentId, direction))
            if (auto* item = static_cast<ConnectionItem*>(itemFor(connections[index].id)))
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

std::vector<Placement> CanvasScene::selectionPlacements() const {
    std::vector<Placement> placements;
    std::unordered_set<ElementId> seen;
    const auto add = [&](const ElementId& id) {
        if (seen.insert(id).second)
            if (const auto position = modelPosition(id))
                placements.push_back({id, *position});
    };
    for (const ElementId& id : selectedIds()) {
        add(id);
        // A group carries its members along.
        if (const Group* group = m_design->group(id))
            for (const ElementId& member : group->members)
                add(member);
    }
    return placements;
}

void CanvasScene::moveSelection(const QPointF& delta, int mergeKey) {
    if (!isEditable() || delta.isNull())
        return;
    std::vector<Placement> from = selectionPlacements();
    if (from.empty())
        return;
    std::vector<Placement> to = from;
    for (Placement& p : to)
        p.position = shifted(p.position, delta);
    push(new MoveElementsCommand(m_document->design(), std::move(from), std::move(to), mergeKey));
}

bool CanvasScene::addFromToken(const QString& token, const QPointF& at) {
    if (!isEditable())
        return false;
    const QPointF point = snapped(at);
    auto element = newElementForToken(*m_design, toStdString(token), {point.x(), point.y()});
    if (!element)
        return false;
    push(new AddElementsCommand(m_document->design(), {std::move(*element)}));
    return true;
}

void CanvasScene::addConnection(const ElementId& from, const ElementId& to, ConnectionKind kind) {
    if (!isEditable() || from == to || !m_design->component(from) || !m_design->component(to))
        return;
    Connection connection;
    connection.id = uniqueElementId(*m_design, from + "-" + to);
    connection.from = from;
    connection.to = to;
    connection.kind = kind;
    push(new AddElementsCommand(m_document->design(), {std::move(connection)}, tr("Connect")));
}

ConnectionKind CanvasScene::suggestedKind(const ElementId& from, const ElementId& to) const {
    const Component* a = m_design->component(from);
    const Component* b = m_design->component(to);
    if (!a || !b)
        return ConnectionKind::Sync;
    const auto messaging = [](ComponentKind k) {
        return k == ComponentKind::Queue || k == ComponentKind::Stream;
    };
    if (b->kind == ComponentKind::Observability)
        return ConnectionKind::Telemetry;
    if (messaging(a->kind) || messaging(b->kind))
        return ConnectionKind::Async;
    if (isStoreOfRecord(a->kind) && isStoreOfRecord(b->kind))
        return ConnectionKind::Replication;
    return ConnectionKind::Sync;
}

// ---- mouse gestures -----------------------------------------------------

CanvasItem* CanvasScene::elementItemAt(const QPointF& scenePos, const QGraphicsItem* except) const {
    const QGraphicsView* view = views().isEmpty() ? nullptr : views().first();
    const QTransform transform = view ? view->transform() : QTransform();
    for (QGraphicsItem* item :
         items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, transform))
        if (auto* element = dynamic_cast<CanvasItem*>(item); element && element != except)
            return element;
    return nullptr;
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    CanvasItem* item = elementItemAt(event->scenePos());
    if (!item) {
        // Empty canvas: clear the selection and let the view draw a rubber band.
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    m_drag = {};
    m_drag.pressPos = event->scenePos();
    m_drag.pressScreenPos = event->screenPos();
    m_drag.mergeKey = DesignCommand::newMergeKey();
    m_drag.anchor = item->elementId();
    event->accept();

    const QPointF local = item->mapFromScene(event->scenePos());
    if (isEditable() && item->type() == ComponentItem::Type && inConnectZone(local)) {
        m_drag.gesture = Gesture::Connect;
        return;
    }
    if (auto* group = dynamic_cast<GroupItem*>(item);
        isEditable() && group && group->isSelected() && group->resizeHandle().contains(local)) {
        const Group* model = m_design->group(group->elementId());
        m_drag.gesture = Gesture::Resize;
        m_drag.groupFrom = model->rect;
        return;
    }
    startMove(item, event);
}

void CanvasScene::startMove(CanvasItem* item, QGraphicsSceneMouseEvent* event) {
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (toggle) {
        item->setSelected(!item->isSelected());
        if (!item->isSelected())
            return;
    } else if (!item->isSelected()) {
        clearSelection();
        item->setSelected(true);
    }
    if (item->flags().testFlag(QGraphicsItem::ItemIsFocusable))
        setFocusItem(item);
    if (!isEditable())
        return;
    m_drag.gesture = Gesture::Move;
    m_drag.from = selectionPlacements();
    if (const auto position = modelPosition(item->elementId()))
        m_drag.anchorStart = *position;
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (m_drag.gesture == Gesture::None) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    event->accept();
    if (!m_drag.started) {
        if ((event->screenPos() - m_drag.pressScreenPos).manhattanLength() <
            QApplication::startDragDistance())
            return;
        m_drag.started = true;
    }
    switch (m_drag.gesture) {
    case Gesture::Move:
        dragMove(event->scenePos());
        break;
    case Gesture::Resize:
        dragResize(event->scenePos());
        break;
    case Gesture::Connect:
        dragConnection(event->scenePos());
        break;
    case Gesture::None:
        break;
    }
}

void CanvasScene::dragMove(const QPointF& scenePos) {
    if (m_drag.from.empty())
        return;
    // The pressed element lands on the grid; the rest keep their offsets.
    const QPointF anchor(m_drag.anchorStart.x, m_drag.anchorStart.y);
    const QPointF delta = snapped(anchor + scenePos - m_drag.pressPos) - anchor;
    if (delta == m_drag.lastDelta)
        return;
    m_drag.lastDelta = delta;
    std::vector<Placement> to = m_drag.from;
    for (Placement& p : to)
        p.position = shifted(p.position, delta);
    push(
        new MoveElementsCommand(m_document->design(), m_drag.from, std::move(to), m_drag.mergeKey));
}

void CanvasScene::dragResize(const QPointF& scenePos) {
    const Rect& from = m_drag.groupFrom;
    const QPointF corner =
        snapped(QPointF(from.x + from.w, from.y + from.h) + scenePos - m_drag.pressPos);
    const Rect to{from.x, from.y, std::max(kMinGroupWidth, corner.x() - from.x),
                  std::max(kMinGroupHeight, corner.y() - from.y)};
    push(new ResizeGroupCommand(m_document->design(), m_drag.anchor, from, to, m_drag.mergeKey));
}

void CanvasScene::dragConnection(const QPointF& scenePos) {
    const Component* source = m_design->component(m_drag.anchor);
    if (!source)
        return;
    if (!m_connectLine) {
        m_connectLine = new QGraphicsPathItem;
        QPen pen(m_style.selection, 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_connectLine->setPen(pen);
        m_connectLine->setZValue(zorder::kOverlay);
        addItem(m_connectLine);
    }
    QPainterPath path(QPointF(source->position.x, source->position.y));
    path.lineTo(scenePos);
    m_connectLine->setPath(path);

    CanvasItem* under = elementItemAt(scenePos, m_connectLine);
    auto* target =
        under && under->type() == ComponentItem::Type && under->elementId() != m_drag.anchor
            ? static_cast<ComponentItem*>(under)
            : nullptr;
    if (target != m_drag.target) {
        if (m_drag.target)
            m_drag.target->setConnectTarget(false);
        m_drag.target = target;
        if (target)
            target->setConnectTarget(true);
    }
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    const Drag drag = std::exchange(m_drag, Drag{});
    if (drag.gesture == Gesture::None) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
    }
    if (drag.gesture != Gesture::Connect)
        return;
    if (drag.target) {
        drag.target->setConnectTarget(false);
        showKindMenu(drag.anchor, drag.target->elementId(), event->screenPos());
    } else if (!drag.started) {
        // A click on the border selects, like anywhere else on the card.
        if (CanvasItem* item = itemFor(drag.anchor)) {
            if (!(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
                clearSelection();
            item->setSelected(true);
            setFocusItem(item);
        }
    }
}

void CanvasScene::showKindMenu(const ElementId& from, const ElementId& to,
                               const QPoint& screenPos) {
    if (m_kindMenu)
        m_kindMenu->close();
    QWidget* parent = views().isEmpty() ? nullptr : views().first();
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("connectionKindMenu"));
    menu->setAccessibleName(tr("Connection kind"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const ConnectionKind suggested = suggestedKind(from, to);
    QAction* active = nullptr;
    for (std::size_t i = 0; i < enumCount<ConnectionKind>(); ++i) {
        const auto kind = static_cast<ConnectionKind>(i);
        QString text = kindDisplayName(kind);
        text[0] = text[0].toUpper();
        QAction* action = menu->addAction(text);
        action->setData(static_cast<int>(kind));
        action->setObjectName(QStringLiteral("connect_") + toQString(toString(kind)));
        if (kind == suggested)
            active = action;
        connect(action, &QAction::triggered, this,
                [this, from, to, kind] { addConnection(from, to, kind); });
    }
    m_kindMenu = menu;
    menu->popup(screenPos, active);
    if (active)
        menu->setActiveAction(active);
}

void CanvasScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (CanvasItem* item = elementItemAt(event->scenePos()); item && isEditable()) {
        event->accept();
        Q_EMIT renameRequested(toQString(item->elementId()));
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

// ---- palette drops ------------------------------------------------------

bool CanvasScene::acceptsKindDrag(const QGraphicsSceneDragDropEvent* event) const {
    return isEditable() && event->mimeData() &&
           event->mimeData()->hasFormat(QString::fromLatin1(kKindMimeType));
}

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event) {
    if (acceptsKindDrag(event))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event) {
    dragEnterEvent(event);
}

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent* event) {
    if (!acceptsKindDrag(event)) {
        event->ignore();
        return;
    }
    const QString token =
        QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kKindMimeType))).trimmed();
    if (addFromToken(token, event->scenePos()))
        event->acceptProposedAction();
    else
        event->ignore();
}

// ---- background ---------------------------------------------------------

void CanvasScene::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, m_style.background);
    const double zoom = painter->worldTransform().m11();
    if (!m_exporting && zoom < kConnectionOverviewBelow)
        drawConnectionOverview(*painter, rect);
    if (m_exporting || zoom < kMinGridZoom)
        return;
    const double left = std::floor(rect.left() / kGridSize) * kGridSize;
    const double top = std::floor(rect.top() / kGridSize) * kGridSize;
    const auto columns = static_cast<qsizetype>(rect.width() / kGridSize) + 2;
    const auto rows = static_cast<qsizetype>(rect.height() / kGridSize) + 2;
    if (columns * rows > kMaxGridDots)
        return;
    QPolygonF dots;
    dots.reserve(columns * rows);
    for (qsizetype r = 0; r < rows; ++r)
        for (qsizetype c = 0; c < columns; ++c)
            dots.append(QPointF(left + static_cast<double>(c) * kGridSize,
                                top + static_cast<double>(r) * kGridSize));
    QPen pen(m_style.gridDot, 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    // Two-pixel dots look the same without antialiasing and cost far less.
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawPoints(dots);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
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
