#include "canvasedits.h"

#include "canvasscene.h"
#include "model/edit/uniqueelementid.h"
#include "widgets/commands/addelementscommand.h"
#include "widgets/commands/commandtext.h"
#include "widgets/commands/moveelementscommand.h"
#include "widgets/commands/newelement.h"
#include "widgets/document/designdocument.h"

#include <unordered_set>

namespace archboard {

std::vector<Placement> selectionPlacements(const CanvasScene& scene) {
    std::vector<Placement> placements;
    std::unordered_set<ElementId> seen;
    const auto add = [&](const ElementId& id) {
        if (seen.insert(id).second)
            if (const auto position = scene.modelPosition(id))
                placements.push_back({id, *position});
    };
    for (const ElementId& id : scene.selectedIds()) {
        add(id);
        // A group carries its members along.
        if (const Group* group = scene.design().group(id))
            for (const ElementId& member : group->members)
                add(member);
    }
    return placements;
}

std::vector<Placement> shiftedPlacements(std::vector<Placement> placements, const QPointF& delta) {
    for (Placement& p : placements)
        p.position = {p.position.x + delta.x(), p.position.y + delta.y()};
    return placements;
}

void moveSelection(CanvasScene& scene, const QPointF& delta, int mergeKey) {
    if (!scene.isEditable() || delta.isNull())
        return;
    std::vector<Placement> from = selectionPlacements(scene);
    if (from.empty())
        return;
    std::vector<Placement> to = shiftedPlacements(from, delta);
    scene.push(new MoveElementsCommand(scene.document()->design(), std::move(from), std::move(to),
                                       mergeKey));
}

bool addElement(CanvasScene& scene, const PaletteKind& kind, const QPointF& at) {
    if (!scene.isEditable())
        return false;
    const QPointF point = scene.snapped(at);
    Design& design = scene.document()->design();
    scene.push(new AddElementsCommand(design, {newElement(design, kind, {point.x(), point.y()})}));
    return true;
}

void addConnection(CanvasScene& scene, const ElementId& from, const ElementId& to,
                   ConnectionKind kind) {
    const Design& design = scene.design();
    if (!scene.isEditable() || from == to || !design.component(from) || !design.component(to))
        return;
    Connection connection;
    connection.id = uniqueElementId(design, from + "-" + to);
    connection.from = from;
    connection.to = to;
    connection.kind = kind;
    const QString text = CanvasScene::tr("Connect %1").arg(elementPhrase(connection, design));
    scene.push(new AddElementsCommand(scene.document()->design(), {std::move(connection)}, text));
}

} // namespace archboard
