#include "graphvizgraph.h"

#include <gvc.h>
#include <stdexcept>

namespace archboard {

namespace {

// Graphviz's C API takes char* for strings it only reads.
char* text(const std::string& s) {
    return const_cast<char*>(s.c_str());
}

void set(void* object, const std::string& name, const std::string& value) {
    agsafeset(object, text(name), text(value), text(std::string()));
}

// One context for the process, never freed. Graphviz 2.42's text-measuring
// plugin remembers the last font name it saw across contexts, and freeing a
// context frees that name: the next layout in the process would read freed
// memory. One context also loads the plugins once, not for every layout.
// Layouts run on one thread, as Graphviz requires.
GVC_t* sharedContext() {
    static GVC_t* const context = gvContext();
    return context;
}

} // namespace

GraphvizGraph::GraphvizGraph() {
    agseterr(AGERR); // warnings about layout choices are not the user's business
    m_context = sharedContext();
    const std::string name = "design";
    m_graph = m_context ? agopen(text(name), Agdirected, nullptr) : nullptr;
    if (!m_graph)
        throw std::runtime_error("Graphviz could not start");
}

GraphvizGraph::~GraphvizGraph() {
    if (m_laidOut)
        gvFreeLayout(m_context, m_graph);
    agclose(m_graph);
}

void GraphvizGraph::setGraphAttribute(const std::string& name, const std::string& value) {
    set(m_graph, name, value);
}

void GraphvizGraph::declareNodeDefaults(const std::string& width, const std::string& height) {
    const auto declare = [&](const std::string& name, const std::string& value) {
        agattr(m_graph, AGNODE, text(name), text(value));
    };
    declare("shape", "box");
    declare("fixedsize", "true");
    declare("label", "");
    declare("width", width);
    declare("height", height);
}

GraphvizGraph::Cluster GraphvizGraph::addCluster(std::optional<Cluster> parent,
                                                 const std::string& name, double header,
                                                 double padding) {
    Agraph_t* sub = agsubg(parent ? parent->graph : m_graph, text(name), 1);
    // An empty label of the header's height reserves the strip the canvas
    // draws the container's name in (Graphviz adds a line of padding).
    set(sub, "label", " ");
    set(sub, "labelloc", "t");
    set(sub, "fontsize", std::to_string(std::max(1.0, header - 4)));
    set(sub, "margin", std::to_string(padding));
    m_clusters[name] = sub;
    return {sub};
}

void GraphvizGraph::addNode(std::optional<Cluster> cluster, const std::string& name) {
    agnode(cluster ? cluster->graph : m_graph, text(name), 1);
}

void GraphvizGraph::addNode(std::optional<Cluster> cluster, const std::string& name,
                            const std::string& width, const std::string& height) {
    Agnode_t* node = agnode(cluster ? cluster->graph : m_graph, text(name), 1);
    set(node, "width", width);
    set(node, "height", height);
}

void GraphvizGraph::sameRank(const std::string& rank, const std::vector<std::string>& names) {
    if (names.empty())
        return;
    Agraph_t* sub = agsubg(m_graph, text("rank" + std::to_string(m_rankGroups++)), 1);
    set(sub, "rank", rank);
    for (const std::string& name : names)
        agsubnode(sub, nodeNamed(name), 1);
}

void GraphvizGraph::addEdge(const std::string& from, const std::string& to, int weight) {
    Agedge_t* edge = agedge(m_graph, nodeNamed(from), nodeNamed(to), nullptr, 1);
    set(edge, "weight", std::to_string(weight));
}

void GraphvizGraph::layOut() {
    if (gvLayout(m_context, m_graph, "dot") != 0)
        throw std::runtime_error("Graphviz could not lay the design out");
    m_laidOut = true;
}

Position GraphvizGraph::nodeCentre(const std::string& name) const {
    const pointf at = ND_coord(nodeNamed(name));
    return {at.x, -at.y};
}

Rect GraphvizGraph::clusterRect(const std::string& name) const {
    const boxf box = GD_bb(m_clusters.at(name));
    return {box.LL.x, -box.UR.y, box.UR.x - box.LL.x, box.UR.y - box.LL.y};
}

Agnode_s* GraphvizGraph::nodeNamed(const std::string& name) const {
    Agnode_t* node = agnode(m_graph, text(name), 0);
    if (!node)
        throw std::invalid_argument("no node \"" + name + "\" in the layout graph");
    return node;
}

} // namespace archboard
