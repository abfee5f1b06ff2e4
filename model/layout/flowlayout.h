#pragma once

#include "model/design.h"

#include <unordered_map>
#include <vector>

namespace archboard {

// The sizes a layout reserves, in scene units (the canvas's pixels at 100%).
// The model knows no card geometry, so the caller that draws says how big
// things are; the defaults match the canvas.
struct LayoutSizes {
    double cardWidth = 176;
    double cardHeight = 76;
    double noteWidth = 180;
    double noteHeight = 80; // unless `noteHeights` knows better: a note's text sets its height
    std::unordered_map<ElementId, double> noteHeights;
    double groupHeader = 28;  // the strip at a container's top that shows its name
    double groupPadding = 20; // between a container's border and its contents
    double rankGap = 96;      // between columns, room for a connection's label
    double nodeGap = 40;      // between cards in one column
};

struct GroupPlacement {
    ElementId id;
    Rect rect;
};

// Where everything goes: component and note centres, container rects.
struct FlowLayout {
    std::vector<Placement> components;
    std::vector<Placement> notes;
    std::vector<GroupPlacement> groups;
};

// Lays `design` out left to right along its request flow with Graphviz's
// `dot`: entries in the first column, stores of record in the last, each
// container (region, zone, boundary) a cluster that keeps its members
// together, zones nested in the regions that hold them. Notes go in a row
// below. The result keeps the design's top-left corner where it was, so the
// drawing does not jump away from the view. Needs no positions at all, so
// importers can call it for diagrams that carry none. Throws
// std::runtime_error when Graphviz cannot lay the graph out.
FlowLayout layOutFlow(const Design& design, const LayoutSizes& sizes = {});

} // namespace archboard
