#include "newelement.h"

#include "model/edit/uniqueelementid.h"
#include "widgets/kindnames.h"

#include <string>

namespace archboard {

namespace {

std::string capitalised(const QString& text) {
    QString out = text;
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out.toStdString();
}

AnyElement newElementOf(const Design& design, ComponentKind kind, Position at) {
    Component component;
    component.id = uniqueElementId(design, toString(kind));
    component.kind = kind;
    component.name = capitalised(kindDisplayName(kind));
    component.position = at;
    return component;
}

AnyElement newElementOf(const Design& design, GroupKind kind, Position at) {
    Group group;
    group.id = uniqueElementId(design, toString(kind));
    group.kind = kind;
    group.name = capitalised(kindDisplayName(kind));
    group.rect = {at.x - kNewGroupWidth / 2, at.y - kNewGroupHeight / 2, kNewGroupWidth,
                  kNewGroupHeight};
    return group;
}

AnyElement newElementOf(const Design& design, NoteKind, Position at) {
    Note note;
    note.id = uniqueElementId(design, "note");
    note.text = "Note";
    note.position = at;
    return note;
}

} // namespace

AnyElement newElement(const Design& design, const PaletteKind& kind, Position at) {
    return std::visit([&](auto k) { return newElementOf(design, k, at); }, kind);
}

} // namespace archboard
