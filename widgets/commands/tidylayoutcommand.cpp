#include "tidylayoutcommand.h"

#include <QCoreApplication>

namespace archboard {

TidyLayoutCommand::TidyLayoutCommand(Design& design, const FlowLayout& layout)
    : DesignCommand(design, CommandId::TidyLayout,
                    QCoreApplication::translate("TidyLayoutCommand", "Tidy Layout")) {
    m_after.placements = layout.components;
    m_after.placements.insert(m_after.placements.end(), layout.notes.begin(), layout.notes.end());
    m_after.groups = layout.groups;
    for (const Placement& p : m_after.placements) {
        if (const Component* c = design.component(p.id))
            m_before.placements.push_back({p.id, c->position});
        else if (const Note* n = design.note(p.id))
            m_before.placements.push_back({p.id, n->position});
    }
    for (const GroupPlacement& g : m_after.groups)
        if (const Group* group = design.group(g.id))
            m_before.groups.push_back({g.id, group->rect});
}

void TidyLayoutCommand::redo() {
    apply(m_after);
}

void TidyLayoutCommand::undo() {
    apply(m_before);
}

void TidyLayoutCommand::apply(const Arrangement& arrangement) {
    design().move(arrangement.placements);
    for (const GroupPlacement& g : arrangement.groups) {
        const Group* current = design().group(g.id);
        if (!current || current->rect == g.rect)
            continue;
        Group group = *current;
        group.rect = g.rect;
        design().replace(std::move(group));
    }
}

} // namespace archboard
