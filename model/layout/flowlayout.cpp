#include "flowlayout.h"

#include "clustertree.h"
#include "graphvizgraph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace archboard {

namespace {

constexpr double kPointsPerInch = 72; // Graphviz sizes nodes in inches, places them in points

std::string inches(double units) {
    return std::to_string(units / kPointsPerInch);
}

struct Bounds {
    double left = std::numeric_limits<double>::max();
    double top = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();
    double bottom = std::numeric_limits<double>::lowest();

    bool empty() const { return left > right; }
    void add(const Rect& r) {
        left = std::min(left, r.x);
        top = std::min(top, r.y);
        right = std::max(right, r.x + r.w);
        bottom = std::max(bottom, r.y + r.h);
    }
    Rect rect() const { return {left, top, right - left, bottom - top}; }
};

Rect centred(const Position& at, double w, double h) {
    return {at.x - w / 2, at.y - h / 2, w, h};
}

// The top-left of what the design occupies now, to keep the drawing in place.
std::optional<Position> currentTopLeft(const Design& design, const LayoutSizes& sizes) {
    Bounds b;
    for (const Component& c : design.components())
        b.add(centred(c.position, sizes.cardWidth, sizes.cardHeight));
    for (const Group& g : design.groups())
        b.add(g.rect);
    if (b.empty())
        return std::nullopt;
    return Position{b.left, b.top};
}

void describeGraph(GraphvizGraph& graph, const Design& design, const LayoutSizes& sizes) {
    graph.setGraphAttribute("rankdir", "LR");
    graph.setGraphAttribute("newrank", "true"); // ranks across clusters
    graph.setGraphAttribute("ranksep", inches(sizes.rankGap));
    graph.setGraphAttribute("nodesep", inches(sizes.nodeGap));
    graph.setGraphAttribute("compound", "true");
    graph.declareNodeDefaults(inches(sizes.cardWidth), inches(sizes.cardHeight));

    const ClusterTree tree = ClusterTree::of(design);
    const auto& groups = design.groups();
    // Parents before children: create clusters as their parents appear.
    std::vector<std::optional<GraphvizGraph::Cluster>> clusters(groups.size());
    const auto clusterOf = [&](auto&& self, std::size_t g) -> GraphvizGraph::Cluster {
        if (!clusters[g]) {
            const auto parent = tree.parent[g];
            const auto outer = parent ? std::optional(self(self, *parent)) : std::nullopt;
            clusters[g] = graph.addCluster(outer, "cluster_" + std::to_string(g), sizes.groupHeader,
                                           sizes.groupPadding);
        }
        return *clusters[g];
    };
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto cluster = clusterOf(clusterOf, g);
        if (groups[g].members.empty()) // keeps its size and a place of its own
            graph.addNode(cluster, "group:" + groups[g].id, inches(groups[g].rect.w),
                          inches(std::max(0.0, groups[g].rect.h - sizes.groupHeader)));
    }
    for (const Component& c : design.components()) {
        const auto home = tree.home.find(c.id);
        graph.addNode(home == tree.home.end() ? std::nullopt : clusters[home->second], c.id);
    }
    std::vector<std::string> entries;
    for (const Component* c : design.entries())
        entries.push_back(c->id);
    graph.sameRank("min", entries);
    // Stores of record close the flow; so does what nothing connects to
    // (a monitoring card drawn on its own), rather than crowding the entries.
    std::vector<std::string> last;
    const auto entry = [&](const Component& c) {
        return std::ranges::find(entries, c.id) != entries.end();
    };
    const auto unconnected = [&](const Component& c) {
        return design.connectionsOf(c.id, Direction::Outgoing).empty() &&
               design.connectionsOf(c.id, Direction::Incoming).empty();
    };
    for (const Component& c : design.components())
        if (isStoreOfRecord(c.kind) || (unconnected(c) && !entry(c)))
            last.push_back(c.id);
    graph.sameRank("max", last);
    for (const Connection& c : design.connections()) {
        if (c.from == c.to)
            continue;
        // Requests set the columns; replication and telemetry follow them.
        const bool request = c.kind == ConnectionKind::Sync || c.kind == ConnectionKind::Async;
        graph.addEdge(c.from, c.to, request ? 4 : 1);
    }
}

} // namespace

FlowLayout layOutFlow(const Design& design, const LayoutSizes& sizes) {
    GraphvizGraph graph;
    describeGraph(graph, design, sizes);
    graph.layOut();

    FlowLayout out;
    Bounds drawn;
    for (const Component& c : design.components()) {
        const Position at = graph.nodeCentre(c.id);
        out.components.push_back({c.id, at});
        drawn.add(centred(at, sizes.cardWidth, sizes.cardHeight));
    }
    const auto& groups = design.groups();
    for (std::size_t g = 0; g < groups.size(); ++g) {
        Bounds rect;
        rect.add(graph.clusterRect("cluster_" + std::to_string(g)));
        // A member laid out in an overlapping container's cluster still
        // belongs inside this one.
        for (const ElementId& id : groups[g].members) {
            const auto placed = std::ranges::find(out.components, id, &Placement::id);
            Rect card = centred(placed->position, sizes.cardWidth, sizes.cardHeight);
            card.x -= sizes.groupPadding;
            card.y -= sizes.groupPadding + sizes.groupHeader;
            card.w += 2 * sizes.groupPadding;
            card.h += 2 * sizes.groupPadding + sizes.groupHeader;
            rect.add(card);
        }
        out.groups.push_back({groups[g].id, rect.rect()});
        drawn.add(rect.rect());
    }

    // Notes in a row below, in their current left-to-right order.
    std::vector<const Note*> notes;
    for (const Note& n : design.notes())
        notes.push_back(&n);
    std::ranges::stable_sort(notes, {}, [](const Note* n) { return n->position.x; });
    // Tops aligned, each note as tall as its text makes it.
    const double left = drawn.empty() ? 0 : drawn.left;
    const double top = drawn.empty() ? 0 : drawn.bottom + sizes.rankGap / 2;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const auto known = sizes.noteHeights.find(notes[i]->id);
        const double height = known == sizes.noteHeights.end() ? sizes.noteHeight : known->second;
        const Position at{left + sizes.noteWidth / 2 +
                              double(i) * (sizes.noteWidth + sizes.nodeGap),
                          top + height / 2};
        out.notes.push_back({notes[i]->id, at});
    }

    // Keep the drawing where it was; whole units, as a drag would leave them.
    const auto anchor = currentTopLeft(design, sizes);
    const double dx = anchor && !drawn.empty() ? anchor->x - drawn.left : 0;
    const double dy = anchor && !drawn.empty() ? anchor->y - drawn.top : 0;
    const auto shift = [&](Position& p) {
        p.x = std::round(p.x + dx);
        p.y = std::round(p.y + dy);
    };
    for (Placement& p : out.components)
        shift(p.position);
    for (Placement& p : out.notes)
        shift(p.position);
    for (GroupPlacement& g : out.groups) {
        Position corner{g.rect.x, g.rect.y};
        shift(corner);
        g.rect = {corner.x, corner.y, std::round(g.rect.w), std::round(g.rect.h)};
    }
    return out;
}

} // namespace archboard
