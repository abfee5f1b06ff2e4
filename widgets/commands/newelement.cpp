#include "newelement.h"

#include "widgets/kindnames.h"

#include <string>

namespace archboard {

namespace {

constexpr std::string_view kGroupPrefix = "group:";
constexpr std::size_t kMaxIdLength = 64;
constexpr std::size_t kSuffixRoom = 8; // "-1234567"

std::string sanitisedBase(std::string_view base) {
    std::string out;
    for (const char c : base.substr(0, kMaxIdLength - kSuffixRoom)) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
        out += allowed ? c : '-';
    }
    return out.empty() ? std::string("element") : out;
}

std::string capitalised(const QString& text) {
    QString out = text;
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out.toStdString();
}

} // namespace

ElementId uniqueElementId(const Design& design, std::string_view base,
                          const std::unordered_set<ElementId>& taken) {
    const std::string stem = sanitisedBase(base);
    const auto free = [&](const std::string& id) {
        return !design.contains(id) && !taken.contains(id);
    };
    if (free(stem))
        return stem;
    for (std::size_t n = 2;; ++n) {
        std::string id = stem + '-' + std::to_string(n);
        if (free(id))
            return id;
    }
}

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
