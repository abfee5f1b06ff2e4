#include "designfragment.h"

#include "uniqueelementid.h"

#include <unordered_map>
#include <unordered_set>

namespace archboard {

DesignData copyFragment(const Design& design, std::span<const ElementId> ids) {
    const std::unordered_set<ElementId> chosen(ids.begin(), ids.end());
    DesignData fragment;
    for (const Component& c : design.components())
        if (chosen.contains(c.id))
            fragment.components.push_back(c);
    std::unordered_set<ElementId> copied;
    for (const Component& c : fragment.components)
        copied.insert(c.id);
    for (const Connection& c : design.connections())
        if (copied.contains(c.from) && copied.contains(c.to))
            fragment.connections.push_back(c);
    for (const Group& g : design.groups())
        if (chosen.contains(g.id)) {
            Group group = g;
            std::erase_if(group.members, [&](const ElementId& m) { return !copied.contains(m); });
            fragment.groups.push_back(std::move(group));
        }
    for (const Note& n : design.notes())
        if (chosen.contains(n.id))
            fragment.notes.push_back(n);
    // Dead-letter references outside the fragment would not resolve.
    for (Component& c : fragment.components)
        if (c.props.deadLetter && std::holds_alternative<ElementId>(*c.props.deadLetter) &&
            !copied.contains(std::get<ElementId>(*c.props.deadLetter)))
            c.props.deadLetter.reset();
    return fragment;
}

std::vector<AnyElement> pasteFragment(const Design& design, const DesignData& fragment, double dx,
                                      double dy) {
    std::unordered_map<ElementId, ElementId> renamed;
    std::unordered_set<ElementId> taken;
    const auto fresh = [&](const ElementId& id) {
        ElementId next = uniqueElementId(design, id, taken);
        taken.insert(next);
        renamed[id] = next;
        return next;
    };
    const auto mapped = [&](const ElementId& id) {
        const auto it = renamed.find(id);
        return it == renamed.end() ? id : it->second;
    };

    std::vector<AnyElement> out;
    for (Component c : fragment.components) {
        c.id = fresh(c.id);
        c.position = {c.position.x + dx, c.position.y + dy};
        out.emplace_back(std::move(c));
    }
    for (auto& element : out) {
        auto& c = std::get<Component>(element);
        if (c.props.deadLetter && std::holds_alternative<ElementId>(*c.props.deadLetter))
            c.props.deadLetter = mapped(std::get<ElementId>(*c.props.deadLetter));
    }
    for (Group g : fragment.groups) {
        g.id = fresh(g.id);
        for (ElementId& member : g.members)
            member = mapped(member);
        g.rect.x += dx;
        g.rect.y += dy;
        out.emplace_back(std::move(g));
    }
    for (Note n : fragment.notes) {
        n.id = fresh(n.id);
        n.position = {n.position.x + dx, n.position.y + dy};
        out.emplace_back(std::move(n));
    }
    for (Connection c : fragment.connections) {
        if (!renamed.contains(c.from) || !renamed.contains(c.to))
            continue;
        c.id = fresh(c.id);
        c.from = mapped(c.from);
        c.to = mapped(c.to);
        out.emplace_back(std::move(c));
    }
    return out;
}

} // namespace archboard
