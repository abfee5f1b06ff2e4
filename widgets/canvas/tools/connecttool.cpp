#include "connecttool.h"

#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/componentitem.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <QGraphicsPathItem>
#include <QGraphicsView>

namespace archboard {

ConnectTool::ConnectTool(CanvasScene& scene, ElementId from, QPointer<QMenu>& kindMenu)
    : m_scene(scene)
    , m_from(std::move(from))
    , m_kindMenu(kindMenu) {
}

ConnectTool::~ConnectTool() {
    removeLine();
    setTarget({});
}

void ConnectTool::removeLine() {
    delete m_line;
    m_line = nullptr;
}

void ConnectTool::move(const CanvasEvent& event) {
    m_dragged = true;
    const Component* source = m_scene.design().component(m_from);
    if (!source)
        return;
    if (!m_line) {
        m_line = new QGraphicsPathItem;
        QPen pen(m_scene.style().selection, 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_line->setPen(pen);
        m_line->setZValue(zorder::kOverlay);
        m_scene.addItem(m_line);
    }
    QPainterPath path(QPointF(source->position.x, source->position.y));
    path.lineTo(event.scenePos);
    m_line->setPath(path);

    const CanvasItem* under = elementItemAt(m_scene, event.scenePos, m_line);
    setTarget(under && under->type() == ComponentItem::Type && under->elementId() != m_from
                  ? under->elementId()
                  : ElementId());
}

// Highlights the new target; an id whose item is gone counts as none.
void ConnectTool::setTarget(const ElementId& target) {
    if (target == m_target)
        return;
    if (auto* old = dynamic_cast<ComponentItem*>(m_scene.itemFor(m_target)))
        old->setConnectTarget(false);
    m_target = target;
    if (auto* item = dynamic_cast<ComponentItem*>(m_scene.itemFor(m_target)))
        item->setConnectTarget(true);
}

void ConnectTool::release(const CanvasEvent& event) {
    removeLine();
    if (m_scene.itemFor(m_target)) {
        const ElementId to = m_target;
        setTarget({});
        showKindMenu(to, event.screenPos);
    } else if (!m_dragged) {
        // A click on the border selects, like anywhere else on the card.
        if (CanvasItem* item = m_scene.itemFor(m_from)) {
            if (!(event.modifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
                m_scene.clearSelection();
            item->setSelected(true);
            m_scene.setFocusItem(item);
        }
    }
}

void ConnectTool::showKindMenu(const ElementId& to, const QPoint& screenPos) {
    if (m_kindMenu)
        m_kindMenu->close();
    QWidget* parent = m_scene.views().isEmpty() ? nullptr : m_scene.views().first();
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("connectionKindMenu"));
    menu->setAccessibleName(CanvasScene::tr("Connection kind"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const ConnectionKind suggested = suggestedKind(m_scene.design(), m_from, to);
    QAction* active = nullptr;
    for (std::size_t i = 0; i < enumCount<ConnectionKind>(); ++i) {
        const auto kind = static_cast<ConnectionKind>(i);
        QString text = kindDisplayName(kind);
        text[0] = text[0].toUpper();
        // The kind in one word, then what it means, on one line.
        QAction* action =
            menu->addAction(CanvasScene::tr("%1 \u2014 %2").arg(text, kindExplanation(kind)));
        action->setData(static_cast<int>(kind));
        action->setObjectName(QStringLiteral("connect_") + toQString(toString(kind)));
        if (kind == suggested)
            active = action;
        CanvasScene* scene = &m_scene;
        QObject::connect(action, &QAction::triggered, scene, [scene, from = m_from, to, kind] {
            addConnection(*scene, from, to, kind);
        });
    }
    m_kindMenu = menu;
    menu->popup(screenPos, active);
    if (active)
        menu->setActiveAction(active);
}

ConnectionKind ConnectTool::suggestedKind(const Design& design, const ElementId& from,
                                          const ElementId& to) {
    const Component* a = design.component(from);
    const Component* b = design.component(to);
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

} // namespace archboard
