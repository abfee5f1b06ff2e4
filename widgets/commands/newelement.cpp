#include "newelement.h"

#include "model/edit/uniqueelementid.h"
#include "widgets/kindnames.h"

#include <string>

namespace archboard {

namespace {

constexpr std::string_view kGroupPrefix = "group:";

std::string capitalised(const QString& text) {
    QString out = text;
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out.toStdString();
}

} // namespace

std::optional<AnyElement> newElementForToken(const Design& design, std::string_view token,
                                             Position at) {
    if (const auto kind = enumFromString<ComponentKind>(token)) {
        Component component;
        component.id = uniqueElementId(design, token);
        component.kind = *kind;
        component.name = capitalised(kindDisplayName(*kind));
        component.position = at;
        return component;
    }
    if (token.starts_with(kGroupPrefix)) {
        const std::string_view kindToken = token.substr(kGroupPrefix.size());
        const auto kind = enumFromString<GroupKind>(kindToken);
        if (!kind)
            return std::nullopt;
        Group group;
        group.id = uniqueElementId(design, kindToken);
        group.kind = *kind;
        group.name = capitalised(kindDisplayName(*kind));
        group.rect = {at.x - kNewGroupWidth / 2, at.y - kNewGroupHeight / 2, kNewGroupWidth,
                      kNewGroupHeight};
        return group;
    }
    if (token == "note") {
        Note note;
        note.id = uniqueElementId(design, "note");
        note.text = "Note";
        note.position = at;
        return note;
    }
    return std::nullopt;
}

} // namespace archboard
