#include "canvaseditor.h"

#include "canvasedits.h"
#include "canvasitem.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "model/edit/designfragment.h"
#include "model/json/designjson.h"
#include "widgets/commands/addelementscommand.h"
#include "widgets/commands/moveelementscommand.h"
#include "widgets/commands/removeelementscommand.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace archboard {

namespace {

// A selected element that can move, with its box on the canvas.
struct Box {
    ElementId id;
    QRectF rect;
};

std::vector<Box> movableBoxes(const CanvasScene& scene) {
    std::vector<Box> boxes;
    for (const ElementId& id : scene.selectedIds())
        if (CanvasItem* item = scene.itemFor(id);
            item && item->elementType() != ElementType::Connection)
            boxes.push_back({id, item->mapRectToScene(item->boundingRect())});
    return boxes;
}

double alignedEdge(const std::vector<Box>& boxes, Alignment alignment) {
    const auto edge = [alignment](const QRectF& r) {
        switch (alignment) {
        case Alignment::Left:
            return r.left();
        case Alignment::HorizontalCenter:
            return r.center().x();
        case Alignment::Right:
            return r.right();
        case Alignment::Top:
            return r.top();
        case Alignment::VerticalCenter:
            return r.center().y();
        case Alignment::Bottom:
            return r.bottom();
        }
        return 0.0;
    };
    double lo = edge(boxes.front().rect), hi = lo, sum = 0;
    for (const Box& b : boxes) {
        lo = std::min(lo, edge(b.rect));
        hi = std::max(hi, edge(b.rect));
        sum += edge(b.rect);
    }
    switch (alignment) {
    case Alignment::Left:
    case Alignment::Top:
        return lo;
    case Alignment::Right:
    case Alignment::Bottom:
        return hi;
    default:
        return sum / static_cast<double>(boxes.size());
    }
}

QPointF alignDelta(const QRectF& r, Alignment alignment, double edge) {
    switch (alignment) {
    case Alignment::Left:
        return {edge - r.left(), 0};
    case Alignment::HorizontalCenter:
        return {edge - r.center().x(), 0};
    case Alignment::Right:
        return {edge - r.right(), 0};
    case Alignment::Top:
        return {0, edge - r.top()};
    case Alignment::VerticalCenter:
        return {0, edge - r.center().y()};
    case Alignment::Bottom:
        return {0, edge - r.bottom()};
    }
    return {};
}

} // namespace

CanvasEditor::CanvasEditor(CanvasScene* scene, CanvasView* view, QObject* parent)
    : QObject(parent)
    , m_scene(scene)
    , m_view(view) {
}

void CanvasEditor::deleteSelection() {
    const std::vector<ElementId> ids = m_scene->selectedIds();
    if (ids.empty() || !m_scene->isEditable())
        return;
    auto* command = new RemoveElementsCommand(m_scene->document()->design(), ids);
    m_scene->push(command);
}

void CanvasEditor::copySelection() {
    const std::vector<ElementId> ids = m_scene->selectedIds();
    if (ids.empty())
        return;
    const std::string json = writeDesignJson(copyFragment(m_scene->design(), ids));
    auto* mime = new QMimeData;
    const QByteArray bytes = QByteArray::fromStdString(json);
    mime->setData(QString::fromLatin1(kDesignMimeType), bytes);
    mime->setText(QString::fromUtf8(bytes));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
}

void CanvasEditor::cutSelection() {
    copySelection();
    deleteSelection();
}

bool CanvasEditor::canPaste() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    return mime && (mime->hasFormat(QString::fromLatin1(kDesignMimeType)) ||
                    mime->text().trimmed().startsWith(QLatin1Char('{')));
}

void CanvasEditor::paste() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QByteArray bytes = mime->hasFormat(QString::fromLatin1(kDesignMimeType))
                                 ? mime->data(QString::fromLatin1(kDesignMimeType))
                                 : mime->text().toUtf8();
    // Each paste of the same copy lands a step further, so copies don't stack.
    ++m_pasteCount;
    pasteText(bytes, kPasteOffset * m_pasteCount, kPasteOffset * m_pasteCount);
}

void CanvasEditor::duplicateSelection() {
    const std::vector<ElementId> ids = m_scene->selectedIds();
    if (ids.empty())
        return;
    const std::string json = writeDesignJson(copyFragment(m_scene->design(), ids));
    pasteText(QByteArray::fromStdString(json), kPasteOffset, kPasteOffset);
}

void CanvasEditor::pasteText(const QByteArray& json, double dx, double dy) {
    if (!m_scene->isEditable() || json.isEmpty())
        return;
    const LoadResult result =
        readDesignJson(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    if (!result.ok())
        return; // not a design: nothing to paste
    std::vector<AnyElement> elements = pasteFragment(m_scene->design(), *result.design, dx, dy);
    if (elements.empty())
        return;
    m_scene->push(
        new AddElementsCommand(m_scene->document()->design(), std::move(elements), tr("Paste")));
}

void CanvasEditor::selectAll() {
    for (QGraphicsItem* item : m_scene->items())
        if (dynamic_cast<CanvasItem*>(item))
            item->setSelected(true);
}

void CanvasEditor::align(Alignment alignment) {
    const std::vector<Box> boxes = movableBoxes(*m_scene);
    if (boxes.size() < 2 || !m_scene->isEditable())
        return;
    const double edge = alignedEdge(boxes, alignment);
    std::vector<Placement> from, to;
    for (const Box& box : boxes) {
        const Position p = *m_scene->modelPosition(box.id);
        const QPointF d = alignDelta(box.rect, alignment, edge);
        from.push_back({box.id, p});
        to.push_back({box.id, {p.x + d.x(), p.y + d.y()}});
    }
    m_scene->push(new MoveElementsCommand(m_scene->document()->design(), std::move(from),
                                          std::move(to), DesignCommand::newMergeKey(),
                                          tr("Align")));
}

void CanvasEditor::distribute(Qt::Orientation orientation) {
    std::vector<Box> boxes = movableBoxes(*m_scene);
    if (boxes.size() < 3 || !m_scene->isEditable())
        return;
    const bool horizontal = orientation == Qt::Horizontal;
    const auto start = [horizontal](const QRectF& r) { return horizontal ? r.left() : r.top(); };
    const auto length = [horizontal](const QRectF& r) {
        return horizontal ? r.width() : r.height();
    };
    std::sort(boxes.begin(), boxes.end(),
              [&](const Box& a, const Box& b) { return start(a.rect) < start(b.rect); });
    // Equal gaps between neighbours; the first and last stay put.
    double total = 0;
    for (const Box& b : boxes)
        total += length(b.rect);
    const double span =
        start(boxes.back().rect) + length(boxes.back().rect) - start(boxes.front().rect);
    const double gap = (span - total) / static_cast<double>(boxes.size() - 1);
    double next = start(boxes.front().rect);
    std::vector<Placement> from, to;
    for (const Box& box : boxes) {
        const Position p = *m_scene->modelPosition(box.id);
        const double d = next - start(box.rect);
        from.push_back({box.id, p});
        to.push_back({box.id, horizontal ? Position{p.x + d, p.y} : Position{p.x, p.y + d}});
        next += length(box.rect) + gap;
    }
    m_scene->push(new MoveElementsCommand(m_scene->document()->design(), std::move(from),
                                          std::move(to), DesignCommand::newMergeKey(),
                                          tr("Distribute")));
}

void CanvasEditor::connectSelected(ConnectionKind kind) {
    std::vector<ElementId> components;
    for (const ElementId& id : m_scene->selectedIds())
        if (m_scene->design().component(id))
            components.push_back(id);
    if (components.size() != 2)
        return;
    // The card picked last (it has the focus) is where the connection ends.
    if (const auto* focused = dynamic_cast<CanvasItem*>(m_scene->focusItem());
        focused && focused->elementId() == components[0])
        std::swap(components[0], components[1]);
    addConnection(*m_scene, components[0], components[1], kind);
}

bool CanvasEditor::findNext(const QString& text) {
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    const Design& design = m_scene->design();
    std::vector<std::pair<ElementId, QString>> candidates;
    for (const Component& c : design.components())
        candidates.emplace_back(c.id, toQString(c.name));
    for (const Group& g : design.groups())
        candidates.emplace_back(g.id, toQString(g.name));
    for (const Note& n : design.notes())
        candidates.emplace_back(n.id, toQString(n.text));
    const auto* focused = dynamic_cast<CanvasItem*>(m_scene->focusItem());
    std::size_t begin = 0;
    for (std::size_t i = 0; focused && i < candidates.size(); ++i)
        if (candidates[i].first == focused->elementId())
            begin = i + 1;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const auto& [id, name] = candidates[(begin + k) % candidates.size()];
        if (name.contains(needle, Qt::CaseInsensitive)) {
            m_scene->selectIds(std::span(&id, 1));
            if (m_view)
                m_view->centerOnElement(id);
            return true;
        }
    }
    return false;
}

} // namespace archboard
