// Data and consistency: whether the data stays right when parts fail.
#include "critique/ruleregistry.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

class CacheNoInvalidation final : public Rule {
public:
    CacheNoInvalidation()
        : Rule("data.cache-no-invalidation", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::Cache)
                continue;
            if (graph.componentFacts(i).expires)
                continue;
            reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                            " has neither a TTL nor an invalidation strategy: "
                                            "once an entry changes at the source, readers see "
                                            "the old value indefinitely.");
        }
    }
};

class CacheAsSourceOfTruth final : public Rule {
public:
    CacheAsSourceOfTruth()
        : Rule("data.cache-as-source-of-truth", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (!durabilityIsNoLoss(graph))
            return;
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::Cache || graph.reachesStoreOfRecord(i))
                continue;
            const auto writers = graph.requestIn(i);
            if (std::any_of(writers.begin(), writers.end(),
                            [&graph](Index writer) { return graph.reachesStoreOfRecord(writer); }))
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " holds data that no store of record backs: a restart or an "
                               "eviction loses it, and the requirements allow no loss.");
        }
    }
};

class DualWrite final : public Rule {
public:
    DualWrite()
        : Rule("data.dual-write", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::Service || graph.syncOut(i).size() < 2)
                continue;
            std::vector<Index> stores;
            for (const Index callee : graph.callees(i)) {
                const ComponentKind kind = graph.kind(callee);
                if (isStoreOfRecord(kind) || kind == ComponentKind::SearchIndex)
                    stores.push_back(callee);
            }
            if (stores.size() < 2)
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) + " writes to " +
                               phrase::quotedList(graph, stores) +
                               " separately: when one write succeeds and the other fails, they "
                               "disagree with nothing to reconcile them (use an outbox, change "
                               "data capture or a single writer).");
        }
    }
};

class DeliveryMismatch final : public Rule {
public:
    DeliveryMismatch()
        : Rule("data.delivery-mismatch", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (!durabilityIsNoLoss(graph))
            return;
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::Queue || graph.delivery(i) != Delivery::AtMostOnce)
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " delivers at most once, so a consumer crash drops messages, but "
                               "the requirements allow no loss.");
        }
    }
};

class MultiRegionStrong final : public Rule {
public:
    MultiRegionStrong()
        : Rule("data.multi-region-strong", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        const auto& req = graph.requirements();
        if (!req.regions || *req.regions < 2 || req.consistency != Consistency::Strong)
            return;
        reporter.aboutDesign("The requirements ask for strong consistency across " +
                             std::to_string(*req.regions) +
                             " regions: every write waits for a cross-region round trip, and a "
                             "partition between regions stops writes. Say how you pay for it, or "
                             "relax consistency where you can.");
    }
};

} // namespace

void addDataRules(RuleList& rules) {
    rules.push_back(std::make_unique<CacheNoInvalidation>());
    rules.push_back(std::make_unique<CacheAsSourceOfTruth>());
    rules.push_back(std::make_unique<DualWrite>());
    rules.push_back(std::make_unique<DeliveryMismatch>());
    rules.push_back(std::make_unique<MultiRegionStrong>());
}

} // namespace archboard
