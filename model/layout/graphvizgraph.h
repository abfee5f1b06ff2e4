#pragma once

#include "model/geometry.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct Agraph_s;
struct Agnode_s;
struct GVC_s;

namespace archboard {

// A directed Graphviz graph laid out with `dot`, behind a small C++ face:
// it owns the graph and its layout (all share one Graphviz context, see the
// .cpp), and speaks in scene coordinates (y down) where Graphviz speaks in
// points with y up. Nodes are named by element id; clusters by a name of the
// caller's choosing.
class GraphvizGraph {
public:
    struct Cluster {
        Agraph_s* graph;
    };

    GraphvizGraph();
    ~GraphvizGraph();
    GraphvizGraph(const GraphvizGraph&) = delete;
    GraphvizGraph& operator=(const GraphvizGraph&) = delete;

    void setGraphAttribute(const std::string& name, const std::string& value);
    // Every node a fixed-size box of this size (inches), unless given its own.
    void declareNodeDefaults(const std::string& width, const std::string& height);
    // A cluster inside `parent` (the graph itself when none) with a header
    // strip and padding around its contents, both in points.
    Cluster addCluster(std::optional<Cluster> parent, const std::string& name, double header,
                       double padding);
    void addNode(std::optional<Cluster> cluster, const std::string& name);
    void addNode(std::optional<Cluster> cluster, const std::string& name, const std::string& width,
                 const std::string& height);
    // Puts the named nodes on one rank: "min" (first), "max" (last) or "same".
    void sameRank(const std::string& rank, const std::vector<std::string>& names);
    void addEdge(const std::string& from, const std::string& to, int weight);

    // Throws std::runtime_error when `dot` fails.
    void layOut();
    Position nodeCentre(const std::string& name) const;
    Rect clusterRect(const std::string& name) const;

private:
    Agnode_s* nodeNamed(const std::string& name) const;

    GVC_s* m_context = nullptr;
    Agraph_s* m_graph = nullptr;
    bool m_laidOut = false;
    int m_rankGroups = 0;
    std::unordered_map<std::string, Agraph_s*> m_clusters;
};

} // namespace archboard
