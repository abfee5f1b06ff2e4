#include "tidylayout.h"

#include "model/layout/flowlayout.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/groupitem.h"
#include "widgets/canvas/noteitem.h"
#include "widgets/commands/tidylayoutcommand.h"
#include "widgets/document/designdocument.h"

#include <stdexcept>

namespace archboard {

namespace {

LayoutSizes canvasSizes(const CanvasScene& scene) {
    LayoutSizes sizes;
    sizes.cardWidth = card::kWidth;
    // Badges stick out above a card: keep them clear of the card above.
    sizes.cardHeight = card::kHeight + card::kBadgeHeight;
    sizes.groupHeader = GroupItem::kHeaderHeight;
    sizes.noteWidth = NoteItem::kWidth;
    for (const Note& note : scene.design().notes())
        if (const auto* item = dynamic_cast<const NoteItem*>(scene.itemFor(note.id)))
            sizes.noteHeights[note.id] = item->boundingRect().height();
    return sizes;
}

} // namespace

QString tidyLayout(CanvasScene& scene) {
    if (!scene.isEditable() ||
        (scene.design().components().empty() && scene.design().groups().empty()))
        return {};
    try {
        Design& design = scene.document()->design();
        const FlowLayout layout = layOutFlow(design, canvasSizes(scene));
        scene.push(new TidyLayoutCommand(design, layout));
        return {};
    } catch (const std::runtime_error& error) {
        return CanvasScene::tr("Could not tidy the layout: %1")
            .arg(QString::fromUtf8(error.what()));
    }
}

} // namespace archboard
