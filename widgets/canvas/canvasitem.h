#pragma once

#include "model/elementid.h"
#include "model/kinds.h"

#include <QGraphicsItem>
#include <QString>

namespace archboard {

class CanvasScene;
struct FindingMark;

// Base of every item on the canvas. An item holds its element's id and a
// cache of what it draws, read from the model in syncFromModel(); it never
// holds design data of its own, and never moves itself.
class CanvasItem : public QGraphicsItem {
public:
    CanvasItem(CanvasScene& scene, ElementId id);

    const ElementId& elementId() const { return m_id; }
    virtual ElementType elementType() const = 0;
    // Re-reads the element from the design. Called on every change to it.
    virtual void syncFromModel() = 0;
    // What the element is, in words, for tooltips and assistive technology.
    virtual QString description() const = 0;
    // The critic's mark on it is about to change, or its mark or highlight
    // changed (the scene's FindingMarks).
    virtual void prepareFindingMarkChange() {}
    void findingMarkChanged();

protected:
    CanvasScene& canvas() const { return m_canvas; }
    // Level of detail of the current paint: 1 at 100 %.
    const FindingMark* findingMark() const;
    bool isHighlighted() const;
    // description() followed by its open findings, for the tooltip.
    QString toolTipText() const;
    static double levelOfDetail(const QStyleOptionGraphicsItem* option, const QPainter* painter);

private:
    CanvasScene& m_canvas;
    ElementId m_id;
};

// Z order: groups under connections under cards under notes.
namespace zorder {
inline constexpr double kGroup = -100;
inline constexpr double kConnection = -1;
inline constexpr double kComponent = 0;
inline constexpr double kNote = 1;
inline constexpr double kOverlay = 100;
} // namespace zorder

} // namespace archboard
