#pragma once

#include "canvastool.h"

#include <memory>
#include <QMenu> // complete type for QPointer
#include <QPointer>

class QGraphicsSceneDragDropEvent;

namespace archboard {

class CanvasScene;

// What the mouse does on the canvas. The scene forwards its mouse and drop
// events here. A left press on an element picks the tool for the gesture by
// where it lands: a card's border or one of its hover handles connects
// (ConnectTool), a selected group's corner handle resizes (ResizeGroupTool),
// anywhere else selects and moves (SelectMoveTool). The tool gets the
// pointer once it is past the drag distance, and the release ends it. A
// press on empty canvas is left to the scene and the view, which draws a
// rubber band. Palette drops add elements.
class CanvasInteraction {
public:
    explicit CanvasInteraction(CanvasScene& scene);
    ~CanvasInteraction();

    // Each returns whether it took the event; the scene handles it if not.
    bool press(QGraphicsSceneMouseEvent& event);
    bool move(QGraphicsSceneMouseEvent& event);
    bool release(QGraphicsSceneMouseEvent& event);
    // Ends the gesture under way without another step (the items it worked
    // on are about to go).
    void cancel();

    void dragEnter(QGraphicsSceneDragDropEvent& event) const;
    void drop(QGraphicsSceneDragDropEvent& event) const;

    // The popup that asks for a new connection's kind, while it is open.
    QMenu* connectionKindMenu() const { return m_kindMenu; }

private:
    bool acceptsDrag(const QGraphicsSceneDragDropEvent& event) const;

    CanvasScene& m_scene;
    std::unique_ptr<CanvasTool> m_tool;
    QPoint m_pressScreenPos;
    bool m_started = false; // past the drag distance
    QPointer<QMenu> m_kindMenu;
};

} // namespace archboard
