#pragma once

// Input as a user gives it, sent to the canvas view's viewport.

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QTest>

namespace canvastest {

inline void mouse(QGraphicsView& view, QEvent::Type type, const QPointF& scenePos,
                  Qt::MouseButton button, Qt::MouseButtons buttons,
                  Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* viewport = view.viewport();
    const QPointF local = view.mapFromScene(scenePos);
    QMouseEvent event(type, local, viewport->mapToGlobal(local), button, buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}

// Press at `from`, move in `steps` steps to `to`, release.
inline void drag(QGraphicsView& view, const QPointF& from, const QPointF& to, int steps = 6,
                 Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    mouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i <= steps; ++i)
        mouse(view, QEvent::MouseMove, from + (to - from) * (static_cast<double>(i) / steps),
              Qt::NoButton, Qt::LeftButton, modifiers);
    mouse(view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

inline void click(QGraphicsView& view, const QPointF& at,
                  Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    mouse(view, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, modifiers);
    mouse(view, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, modifiers);
}

// Drags `mime` onto the view and drops it at `at`; true when accepted.
inline bool drop(QGraphicsView& view, QMimeData* mime, const QPointF& at) {
    QWidget* viewport = view.viewport();
    const QPointF local = view.mapFromScene(at);
    QDragEnterEvent enter(local.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(local.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent dropEvent(local, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEvent);
    return dropEvent.isAccepted();
}

// Chooses the action named `name` (e.g. "connect_sync") in the popup that a
// connecting drag opened; false when no popup shows or it lacks the action.
inline bool pickConnectionKind(const archboard::CanvasScene& scene, const QString& name) {
    QMenu* menu = scene.connectionKindMenu();
    if (!menu || !QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return false;
    auto* action = menu->findChild<QAction*>(name);
    if (action)
        action->trigger();
    menu->close();
    return action != nullptr;
}

} // namespace canvastest
