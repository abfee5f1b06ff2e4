#include "canvasview.h"

#include "canvasedits.h"
#include "canvasitem.h"
#include "canvasscene.h"
#include "cardgeometry.h"
#include "connectionitem.h"
#include "widgets/commands/designcommand.h"
#include "widgets/commands/renameelementcommand.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <cmath>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QWheelEvent>

namespace archboard {

namespace {

constexpr double kZoomStep = 1.2;
constexpr double kWheelStep = 1.0015; // per 1/8 degree of wheel rotation
constexpr double kFitMargin = 40;
constexpr double kMaxFitZoom = 1.5; // a few cards fill the view, but stay card-sized
constexpr double kFineNudge = 1;
// Room to pan around the content: the canvas has no edge.
constexpr double kSceneExtent = 1e6;

} // namespace

CanvasView::CanvasView(CanvasScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene) {
    setObjectName(QStringLiteral("canvasView"));
    setAccessibleName(tr("Canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    // Every item sets the pen, brush and font it draws with, so the view need
    // not save and restore the painter around each of thousands of items.
    setOptimizationFlags(DontAdjustForAntialiasing | DontSavePainterState);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(NoFrame);
    setSceneRect(-kSceneExtent, -kSceneExtent, 2 * kSceneExtent, 2 * kSceneExtent);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);

    connect(scene, &CanvasScene::renameRequested, this, &CanvasView::startRename);
    connect(scene, &CanvasScene::rebuilt, this, &CanvasView::zoomToFit);
    connect(scene, &QGraphicsScene::selectionChanged, this,
            &CanvasView::updateAccessibleDescription);
    m_showsHint = designIsEmpty();
    // The empty-design hint comes and goes with the first and last element.
    // Following the document rather than QGraphicsScene::changed: a
    // receiver of that makes the scene send every item's repaint to the
    // views, even of items that draw nothing, such as connections zoomed out.
    const auto updateHint = [this] {
        const bool empty = designIsEmpty();
        if (empty != m_showsHint) {
            m_showsHint = empty;
            viewport()->update();
        }
    };
    connect(scene, &CanvasScene::rebuilt, this, updateHint);
    if (DesignDocument* document = scene->document())
        connect(document, &DesignDocument::changed, this, updateHint);
    connect(this, &CanvasView::zoomChanged, scene, [scene](double zoom) {
        scene->setConnectionOverview(zoom < CanvasScene::kConnectionOverviewBelow);
    });
}

double CanvasView::zoom() const {
    return transform().m11();
}

void CanvasView::setZoom(double zoom) {
    scaleBy(zoom / this->zoom());
}

void CanvasView::scaleBy(double factor) {
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const double applied = target / zoom();
    scale(applied, applied);
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::zoomIn() {
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(kZoomStep);
    setTransformationAnchor(anchor);
}

void CanvasView::zoomOut() {
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(1 / kZoomStep);
    setTransformationAnchor(anchor);
}

void CanvasView::resetZoom() {
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(1.0);
    setTransformationAnchor(anchor);
}

void CanvasView::zoomToFit() {
    const QRectF content = m_scene->contentRect();
    if (content.isEmpty()) {
        setTransform(QTransform());
        centerOn(0, 0);
        Q_EMIT zoomChanged(zoom());
        return;
    }
    const QRectF target = content.adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    const QSizeF available = viewport()->size();
    const double fit =
        std::min(available.width() / target.width(), available.height() / target.height());
    const double zoom = std::clamp(fit, kMinZoom, kMaxFitZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    centerOn(target.center());
    Q_EMIT zoomChanged(zoom);
}

void CanvasView::centerOnElement(const ElementId& id) {
    if (CanvasItem* item = m_scene->itemFor(id)) {
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
        if (!visible.contains(item->sceneBoundingRect()))
            centerOn(item);
    }
}

void CanvasView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(kWheelStep, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_middlePanning) {
        // Space held: the left button pans instead of selecting.
        m_spacePanning = true;
        setInteractive(false);
        setDragMode(ScrollHandDrag);
        event->accept();
        return;
    }
    QPointF delta;
    const double step = (event->modifiers() & Qt::AltModifier) ? kFineNudge : m_scene->grid().size;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    case Qt::Key_Escape:
        m_scene->clearSelection();
        event->accept();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (m_scene->selectedItems().isEmpty()) {
        QGraphicsView::keyPressEvent(event); // scrolls
        return;
    }
    // One undo step per press; a held key merges into the step it began.
    if (!event->isAutoRepeat() || m_nudgeKey == 0)
        m_nudgeKey = DesignCommand::newMergeKey();
    moveSelection(*m_scene, delta, m_nudgeKey);
    event->accept();
}

void CanvasView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spacePanning) {
        m_spacePanning = false;
        setDragMode(RubberBandDrag);
        setInteractive(true);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        m_middlePanning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_editor)
        finishRename(true);
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent* event) {
    if (m_middlePanning) {
        const QPoint position = event->position().toPoint();
        const QPoint delta = position - m_panLast;
        m_panLast = position;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton && m_middlePanning) {
        m_middlePanning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool CanvasView::focusNextPrevChild(bool next) {
    // Tab walks the items; leave the canvas with the dock shortcuts.
    if (CanvasItem* item = selectNext(next)) {
        centerOnElement(item->elementId());
        return true;
    }
    return QGraphicsView::focusNextPrevChild(next);
}

CanvasItem* CanvasView::selectNext(bool forward) {
    const Design& design = m_scene->design();
    std::vector<ElementId> order;
    for (const Component& c : design.components())
        order.push_back(c.id);
    for (const Group& g : design.groups())
        order.push_back(g.id);
    for (const Note& n : design.notes())
        order.push_back(n.id);
    if (order.empty())
        return nullptr;
    const auto* focused = dynamic_cast<CanvasItem*>(m_scene->focusItem());
    const auto current =
        focused ? std::find(order.begin(), order.end(), focused->elementId()) : order.end();
    std::size_t next = 0;
    if (current != order.end()) {
        const auto index = static_cast<std::size_t>(current - order.begin());
        next = forward ? (index + 1) % order.size() : (index + order.size() - 1) % order.size();
    } else if (!forward) {
        next = order.size() - 1;
    }
    m_scene->selectIds(std::span(&order[next], 1));
    return m_scene->itemFor(order[next]);
}

void CanvasView::focusInEvent(QFocusEvent* event) {
    QGraphicsView::focusInEvent(event);
    updateAccessibleDescription();
}

void CanvasView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        m_scene->setStyle(CanvasStyle::fromPalette(palette()));
    QGraphicsView::changeEvent(event);
}

void CanvasView::updateAccessibleDescription() {
    const std::vector<ElementId> ids = m_scene->selectedIds();
    QString text;
    if (ids.size() == 1) {
        if (CanvasItem* item = m_scene->itemFor(ids.front()))
            text = item->description();
    } else if (!ids.empty()) {
        text = tr("%n items selected", nullptr, static_cast<int>(ids.size()));
    }
    setAccessibleDescription(text);
}

// ---- rename in place ----------------------------------------------------

void CanvasView::startRename(const QString& id) {
    if (!m_scene->isEditable())
        return;
    ElementId target = toStdString(id);
    if (target.empty()) {
        const std::vector<ElementId> selected = m_scene->selectedIds();
        if (selected.size() != 1)
            return;
        target = selected.front();
    }
    CanvasItem* item = m_scene->itemFor(target);
    const auto element = m_scene->design().element(target);
    if (!item || !element)
        return;
    if (m_editor)
        finishRename(false);
    centerOnElement(target);

    // Over the card's text, or across the item for the others.
    QRectF area = item->sceneBoundingRect();
    if (item->elementType() == ElementType::Component)
        area = CardGeometry::standard().text.translated(item->scenePos());
    else if (const auto* connection = dynamic_cast<ConnectionItem*>(item))
        area = QRectF(connection->labelAnchor(), QSizeF()).adjusted(-60, -10, 60, 10);
    QRect rect = mapFromScene(area).boundingRect();
    rect.setHeight(std::max(rect.height(), fontMetrics().height() + 10));
    rect.setWidth(std::max(rect.width(), 160));
    rect.moveCenter(mapFromScene(area.center()));

    m_editedId = target;
    const QString text = toQString(RenameElementCommand::textOf(*element));
    if (item->elementType() == ElementType::Note) {
        // Notes keep their line breaks: Ctrl+Return or leaving the box commits.
        auto* editor = new QPlainTextEdit(viewport());
        editor->setObjectName(QStringLiteral("noteEditor"));
        editor->setAccessibleName(tr("Note text"));
        editor->setPlainText(text);
        editor->selectAll();
        editor->setGeometry(mapFromScene(item->sceneBoundingRect()).boundingRect());
        m_editor = editor;
    } else {
        auto* editor = new QLineEdit(viewport());
        editor->setObjectName(QStringLiteral("renameEditor"));
        editor->setAccessibleName(tr("Name"));
        editor->setText(text);
        editor->selectAll();
        editor->setGeometry(rect.x(), rect.center().y() - editor->sizeHint().height() / 2,
                            rect.width(), editor->sizeHint().height());
        connect(editor, &QLineEdit::editingFinished, this, [this] { finishRename(true); });
        m_editor = editor;
    }
    m_editor->installEventFilter(this);
    m_editor->show();
    m_editor->setFocus();
}

bool CanvasView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            finishRename(true);
            return true;
        }
    }
    if (watched == m_editor && event->type() == QEvent::FocusOut && noteEditor())
        finishRename(true);
    return QGraphicsView::eventFilter(watched, event);
}

void CanvasView::finishRename(bool commit) {
    QWidget* editor = m_editor;
    if (!editor)
        return;
    m_editor = nullptr; // before anything that may re-enter through editingFinished
    const ElementId id = std::exchange(m_editedId, ElementId());
    const auto* line = qobject_cast<QLineEdit*>(editor);
    const std::string text =
        toStdString(line ? line->text() : static_cast<QPlainTextEdit*>(editor)->toPlainText());
    editor->hide();
    editor->deleteLater();
    setFocus();
    const auto element = m_scene->design().element(id);
    if (commit && element && RenameElementCommand::textOf(*element) != text)
        m_scene->push(new RenameElementCommand(m_scene->document()->design(), id, text));
}

bool CanvasView::designIsEmpty() const {
    const Design& design = m_scene->design();
    return design.components().empty() && design.groups().empty() && design.notes().empty();
}

void CanvasView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    if (!designIsEmpty())
        return;
    painter->save();
    painter->resetTransform(); // viewport pixels, whatever the zoom
    painter->setPen(palette().color(QPalette::PlaceholderText));
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter->setFont(font);
    const QRect area = viewport()->rect().adjusted(40, 0, -40, 0);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                      tr("An empty design.\nDrag a component from the Palette onto the canvas "
                         "(or double-click it in the Palette) to begin, then drag from a card's "
                         "edge to another card to connect them.\nFile \u25b8 Open (Ctrl+O) opens "
                         "a saved design."));
    painter->restore();
}

} // namespace archboard
