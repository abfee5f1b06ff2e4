#include "critiquecanvaslink.h"

#include "widgets/canvas/canvasitem.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/critique/critiquesession.h"

namespace archboard {

namespace {

std::vector<ElementId> elementIds(const QStringList& ids) {
    std::vector<ElementId> elements;
    elements.reserve(static_cast<std::size_t>(ids.size()));
    for (const QString& id : ids)
        elements.push_back(id.toStdString());
    return elements;
}

} // namespace

CritiqueCanvasLink::CritiqueCanvasLink(CritiqueSession* session, CritiqueDock* dock,
                                       CanvasScene* scene, CanvasView* view, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_dock(dock)
    , m_scene(scene)
    , m_view(view) {
    connect(session, &CritiqueSession::findingsChanged, this, &CritiqueCanvasLink::updateMarks);
    // A rebuilt scene has new items: they read the marks kept in the scene.
    connect(scene, &CanvasScene::rebuilt, this, &CritiqueCanvasLink::updateMarks);
    connect(dock, &CritiqueDock::findingFocused, this, &CritiqueCanvasLink::focus);
    connect(dock, &CritiqueDock::highlightChanged, this, &CritiqueCanvasLink::highlight);
    connect(scene, &QGraphicsScene::selectionChanged, this,
            &CritiqueCanvasLink::onSelectionChanged);
    updateMarks();
    highlight(dock->currentTargets());
}

void CritiqueCanvasLink::updateMarks() {
    m_scene->setFindingMarks(FindingMarks::fromFindings(m_session->findings()));
}

void CritiqueCanvasLink::highlight(const QStringList& ids) {
    m_scene->setHighlighted(elementIds(ids));
}

void CritiqueCanvasLink::focus(const QStringList& ids) {
    const std::vector<ElementId> elements = elementIds(ids);
    m_scene->setHighlighted(elements);
    if (elements.empty())
        return; // a heading, or nothing current: the selection stays the user's
    m_focusing = true;
    m_scene->selectIds(elements);
    m_focusing = false;
    QRectF bounds;
    for (const ElementId& id : elements)
        if (const CanvasItem* item = m_scene->itemFor(id))
            bounds |= item->sceneBoundingRect();
    if (!bounds.isNull())
        m_view->centerOn(bounds.center());
}

void CritiqueCanvasLink::onSelectionChanged() {
    m_dock->setCanvasSelection(m_scene->selectedIds(), !m_focusing);
}

} // namespace archboard
