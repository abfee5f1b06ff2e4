#include "nocachereadheavyrule.h"

#include <algorithm>

namespace archboard {

namespace {

using Index = GraphIndex::Index;

std::string ratio(double reads, double writes) {
    return writes > 0 ? phrase::number(reads / writes) + " to 1" : "entirely";
}

// For a cache or a CDN.
bool isOnTheWayToAStore(const GraphIndex& graph, Index i) {
    if (!graph.reachedByRequests(i))
        return false;
    if (graph.reachesStoreOfRecord(i))
        return true;
    for (const Index previous : graph.requestIn(i))
        if (graph.reachedByRequests(previous) && graph.reachesStoreOfRecord(previous))
            return true;
    return false;
}

} // namespace

void NoCacheReadHeavyRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const auto& req = graph.requirements();
    if (!req.peakReadRps || !req.peakWriteRps || *req.peakReadRps <= 0 ||
        *req.peakReadRps < 10 * *req.peakWriteRps)
        return;
    const auto stores = graph.storesOfRecord();
    if (std::none_of(stores.begin(), stores.end(),
                     [&graph](Index i) { return graph.reachedByRequests(i); }))
        return;
    for (const Index i : graph.ofKinds({ComponentKind::Cache, ComponentKind::Cdn}))
        if (isOnTheWayToAStore(graph, i))
            return;
    reporter.aboutDesign("Reads outnumber writes " + ratio(*req.peakReadRps, *req.peakWriteRps) +
                         ", yet every read goes to the store: " + phrase::number(*req.peakReadRps) +
                         " reads a second at peak land on the database with no cache or CDN "
                         "in front of it.");
}

} // namespace archboard
