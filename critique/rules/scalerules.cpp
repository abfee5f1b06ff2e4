// Scalability and capacity: whether the design carries the stated load.
#include "critique/ruleregistry.h"

#include <cmath>

namespace archboard {

namespace {

using Index = GraphIndex::Index;

std::string number(double value) {
    return std::to_string(static_cast<long long>(std::llround(value)));
}

class NoCacheReadHeavy final : public Rule {
public:
    NoCacheReadHeavy()
        : Rule("scale.no-cache-read-heavy", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        const auto& req = graph.requirements();
        if (!req.peakReadRps || !req.peakWriteRps || *req.peakReadRps <= 0 ||
            *req.peakReadRps < 10 * *req.peakWriteRps)
            return;
        bool storeOnPath = false;
        for (Index i = 0; i < graph.size() && !storeOnPath; ++i)
            storeOnPath = isStoreOfRecord(graph.kind(i)) && graph.onRequestPath(i);
        if (!storeOnPath)
            return;
        for (Index i = 0; i < graph.size(); ++i)
            if (isOnTheWayToAStore(graph, i))
                return;
        reporter.aboutDesign("Reads outnumber writes " +
                             ratio(*req.peakReadRps, *req.peakWriteRps) +
                             ", yet every read goes to the store: " + number(*req.peakReadRps) +
                             " reads a second at peak land on the database with no cache or CDN "
                             "in front of it.");
    }

private:
    static std::string ratio(double reads, double writes) {
        return writes > 0 ? number(reads / writes) + " to 1" : "entirely";
    }
    static bool isOnTheWayToAStore(const GraphIndex& graph, Index i) {
        const ComponentKind kind = graph.kind(i);
        if ((kind != ComponentKind::Cache && kind != ComponentKind::Cdn) || !graph.onRequestPath(i))
            return false;
        if (graph.reachesStoreOfRecord(i))
            return true;
        for (const Index previous : graph.requestIn(i))
            if (graph.onRequestPath(previous) && graph.reachesStoreOfRecord(previous))
                return true;
        return false;
    }
};

class StoreWriteCapacity final : public Rule {
public:
    StoreWriteCapacity()
        : Rule("scale.store-write-capacity", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        const auto& writes = graph.requirements().peakWriteRps;
        if (!writes)
            return;
        for (Index i = 0; i < graph.size(); ++i) {
            const Component& c = graph.component(i);
            const Technology* tech = graph.technology(i);
            if ((c.kind != ComponentKind::SqlStore && c.kind != ComponentKind::NosqlStore) ||
                !tech || tech->writes != WriteModel::SinglePrimary || !tech->writeCapacity ||
                *writes <= tech->writeCapacity->value ||
                c.props.sharding.value_or(Sharding::None) != Sharding::None)
                continue;
            reporter.about(c.id, phrase::quoted(graph, i) + " takes every write on one " +
                                     tech->name + " primary, good for about " +
                                     number(tech->writeCapacity->value) +
                                     " writes a second, but the peak is " + number(*writes) +
                                     ": writes queue up and time out at peak.");
        }
    }
};

class NoRateLimit final : public Rule {
public:
    NoRateLimit()
        : Rule("scale.no-rate-limit", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        // Walk from the entries through components that do not limit rate.
        std::vector<bool> seen(graph.size(), false);
        std::vector<Index> pending;
        for (const Index entry : graph.entries()) {
            if (!limitsRate(graph, entry)) {
                seen[entry] = true;
                pending.push_back(entry);
            }
        }
        while (!pending.empty()) {
            const Index i = pending.back();
            pending.pop_back();
            if (graph.kind(i) == ComponentKind::Service) {
                reporter.aboutDesign(
                    "Nothing limits request rates on the way to " + phrase::quoted(graph, i) +
                    ": one misbehaving client or a retry storm can take all capacity and "
                    "starve everyone else.");
                return;
            }
            for (const Index next : graph.requestOut(i)) {
                if (!seen[next] && !limitsRate(graph, next)) {
                    seen[next] = true;
                    pending.push_back(next);
                }
            }
        }
    }

private:
    static bool limitsRate(const GraphIndex& graph, Index i) {
        const Component& c = graph.component(i);
        if (c.kind == ComponentKind::RateLimiter)
            return true;
        if (c.kind == ComponentKind::ApiGateway && c.props.rateLimit.value_or(false))
            return true;
        for (const Index callee : graph.syncOut(i))
            if (graph.kind(callee) == ComponentKind::RateLimiter)
                return true;
        return false;
    }
};

class NoLoadBalancer final : public Rule {
public:
    NoLoadBalancer()
        : Rule("scale.no-load-balancer", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::Service)
                continue;
            if (!graph.componentFacts(i).replicated)
                continue;
            std::vector<Index> direct;
            for (const Index caller : graph.callers(i)) {
                const ComponentKind kind = graph.kind(caller);
                if (graph.isEntry(caller) && kind != ComponentKind::LoadBalancer &&
                    kind != ComponentKind::ApiGateway && kind != ComponentKind::Dns)
                    direct.push_back(caller);
            }
            if (direct.empty())
                continue;
            reporter.about(graph.id(i), phrase::quotedList(graph, direct) + " call" +
                                            (direct.size() == 1 ? "s " : " ") +
                                            phrase::quoted(graph, i) + "'s " +
                                            std::to_string(graph.component(i).replicas) +
                                            " replicas directly: nothing spreads the load or stops "
                                            "sending to a replica that died.");
        }
    }
};

class SyncFanout final : public Rule {
public:
    SyncFanout()
        : Rule("scale.sync-fanout", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::Service || graph.syncOut(i).size() < 5)
                continue;
            const std::vector<Index> callees = graph.callees(i);
            if (callees.size() < 5)
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) + " calls " + std::to_string(callees.size()) +
                               " components synchronously (" + phrase::quotedList(graph, callees) +
                               "): a request is as slow as the slowest and fails when any of "
                               "them does.");
        }
    }
};

class AvailabilityBudget final : public Rule {
public:
    AvailabilityBudget()
        : Rule("scale.availability-budget", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        const auto& required = graph.requirements().availability;
        if (!required)
            return;
        // A tolerance keeps float rounding from turning "equal" into "below".
        const double target = *required / 100.0 - 1e-12;
        for (Index i = 0; i < graph.size(); ++i) {
            if (!isStoreOfRecord(graph.kind(i)) || graph.syncDepth(i) == GraphIndex::kNoDepth)
                continue;
            const double best = graph.bestSyncAvailability(i);
            if (best >= target)
                continue;
            reporter.about(graph.id(i),
                           "Even the most available synchronous path to " +
                               phrase::quoted(graph, i) + " multiplies out to about " +
                               phrase::percent(best * 100.0) + ", below the " +
                               phrase::percent(*required) +
                               " target: every component in series adds its downtime.");
        }
    }
};

} // namespace

void addScaleRules(RuleList& rules) {
    rules.push_back(std::make_unique<NoCacheReadHeavy>());
    rules.push_back(std::make_unique<StoreWriteCapacity>());
    rules.push_back(std::make_unique<NoRateLimit>());
    rules.push_back(std::make_unique<NoLoadBalancer>());
    rules.push_back(std::make_unique<SyncFanout>());
    rules.push_back(std::make_unique<AvailabilityBudget>());
}

} // namespace archboard
