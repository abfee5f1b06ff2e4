#include "clustertree.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace archboard {

namespace {

// Outer containers first: more members, then the coarser kind, then array order.
bool outerFirst(const Group& a, std::size_t ia, const Group& b, std::size_t ib) {
    if (a.members.size() != b.members.size())
        return a.members.size() > b.members.size();
    if (a.kind != b.kind)
        return a.kind < b.kind; // Region, Zone, Boundary
    return ia < ib;
}

bool holdsAll(const std::unordered_set<ElementId>& outer, const Group& inner) {
    return std::ranges::all_of(inner.members,
                               [&](const ElementId& id) { return outer.contains(id); });
}

} // namespace

ClusterTree ClusterTree::of(const Design& design) {
    const auto& groups = design.groups();
    std::vector<std::size_t> order(groups.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::ranges::sort(order, [&](std::size_t a, std::size_t b) {
        return outerFirst(groups[a], a, groups[b], b);
    });
    std::vector<std::unordered_set<ElementId>> members;
    members.reserve(groups.size());
    for (const Group& g : groups)
        members.emplace_back(g.members.begin(), g.members.end());

    ClusterTree tree;
    tree.parent.resize(groups.size());
    // Walking from the outermost, the last earlier container that holds all
    // of a group's members is the innermost one: its parent. An empty group
    // holds nothing worth nesting for and stays at the top.
    for (std::size_t pos = 0; pos < order.size(); ++pos) {
        const Group& inner = groups[order[pos]];
        if (inner.members.empty())
            continue;
        for (std::size_t earlier = pos; earlier-- > 0;) {
            if (holdsAll(members[order[earlier]], inner)) {
                tree.parent[order[pos]] = order[earlier];
                break;
            }
        }
    }
    for (const std::size_t g : order)
        for (const ElementId& id : groups[g].members)
            tree.home[id] = g; // later in the order is further in
    return tree;
}

} // namespace archboard
