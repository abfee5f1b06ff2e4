#include "dualwriterule.h"

#include "critique/callwords.h"

#include <algorithm>

namespace archboard {

namespace {

using Index = GraphIndex::Index;

bool isQueueOrStream(ComponentKind kind) {
    return kind == ComponentKind::Queue || kind == ComponentKind::Stream;
}

} // namespace

void DualWriteRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const Index i : graph.ofKind(ComponentKind::Service)) {
        // It calls at least one component, and two for a finding.
        if (graph.requestOut(i).size() < 2 || graph.syncOut(i).empty())
            continue;
        // The stores it writes: a call whose label says it only reads
        // ("GetItem on a cache miss (read only)") writes nothing.
        std::vector<Index> stores;
        bool storeOfRecord = false;
        for (const std::uint32_t c : graph.connectionsOf(i)) {
            if (graph.from(c) != i || graph.facts(c).kind != ConnectionKind::Sync ||
                labelSaysOnlyReads(graph.connection(c).label))
                continue;
            const Index callee = graph.to(c);
            const ComponentKind kind = graph.kind(callee);
            if ((isStoreOfRecord(kind) || kind == ComponentKind::SearchIndex) &&
                std::find(stores.begin(), stores.end(), callee) == stores.end()) {
                stores.push_back(callee);
                storeOfRecord = storeOfRecord || isStoreOfRecord(kind);
            }
        }
        std::sort(stores.begin(), stores.end()); // in the design's order
        // A publish beside a write to a store of record is a second write,
        // unless the message leaves through an outbox in the same
        // transaction (change data capture is drawn from the store itself).
        std::vector<Index> queues;
        if (storeOfRecord && !graph.component(i).props.outbox.value_or(false)) {
            for (const std::uint32_t c : graph.connectionsOf(i)) {
                const Index target = graph.to(c);
                if (graph.from(c) == i && graph.facts(c).kind == ConnectionKind::Async &&
                    isQueueOrStream(graph.kind(target)) &&
                    std::find(queues.begin(), queues.end(), target) == queues.end())
                    queues.push_back(target);
            }
        }
        if (stores.size() < 2 && queues.empty())
            continue;
        std::string message = phrase::quoted(graph, i);
        if (queues.empty())
            message += " writes to " + phrase::quotedList(graph, stores) +
                       " separately: when one write succeeds and the other fails, they disagree "
                       "with nothing to reconcile them (use an outbox, change data capture or a "
                       "single writer).";
        else
            message += " writes to " + phrase::quotedList(graph, stores) + " and publishes to " +
                       phrase::quotedList(graph, queues) +
                       " separately: when the write commits and the publish fails, consumers "
                       "never hear of it, and when the publish goes out and the write fails, "
                       "they act on a change that never happened (publish through a "
                       "transactional outbox, or from the store by change data capture).";
        reporter.about(graph.id(i), std::move(message));
    }
}

} // namespace archboard
