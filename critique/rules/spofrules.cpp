// Single points of failure: one thing whose loss takes the product down.
#include "critique/ruleregistry.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

bool countsForRedundancy(const GraphIndex& graph, Index i) {
    const ComponentKind kind = graph.kind(i);
    return graph.onRequestPath(i) && kind != ComponentKind::Client &&
           kind != ComponentKind::External;
}

class SingleInstance final : public Rule {
public:
    SingleInstance()
        : Rule("spof.single-instance", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (!countsForRedundancy(graph, i) || graph.isRedundant(i))
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " runs as a single instance on the request path: when it fails or "
                               "is redeployed, every request that passes through it fails.");
        }
    }
};

class SingleZone final : public Rule {
public:
    SingleZone()
        : Rule("spof.single-zone", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (!availabilityAtLeast(graph, 99.95))
            return;
        const std::string target = phrase::percent(*graph.requirements().availability);
        for (Index i = 0; i < graph.size(); ++i) {
            if (!countsForRedundancy(graph, i) || graph.isZoneRedundant(i))
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " does not span two availability zones: losing its zone stops it, "
                               "which a " +
                               target + " availability target cannot absorb.");
        }
    }
};

class SingleRegion final : public Rule {
public:
    SingleRegion()
        : Rule("spof.single-region", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        const auto& req = graph.requirements();
        const bool multiRegion = req.regions && *req.regions >= 2;
        if (!multiRegion && !availabilityAtLeast(graph, 99.99))
            return;
        int populated = 0;
        for (const Group& group : graph.design().groups)
            if (group.kind == GroupKind::Region && !group.members.empty())
                ++populated;
        if (populated >= 2)
            return;
        const std::string why =
            multiRegion ? "the requirements ask for " + std::to_string(*req.regions) + " regions"
                        : "a " + phrase::percent(*req.availability) +
                              " availability target outlives a regional outage";
        reporter.aboutDesign(
            "Everything runs in " + std::string(populated == 0 ? "no named region" : "one region") +
            ", but " + why + ": a regional outage takes the whole product down for every user.");
    }
};

class NoFailover final : public Rule {
public:
    NoFailover()
        : Rule("spof.no-failover", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (!availabilityAtLeast(graph, 99.9))
            return;
        for (Index i = 0; i < graph.size(); ++i) {
            const Component& c = graph.component(i);
            if (c.kind != ComponentKind::SqlStore && c.kind != ComponentKind::NosqlStore)
                continue;
            const bool replicated = c.replicas >= 2 || c.props.replication.value_or(
                                                           Replication::None) != Replication::None;
            const Technology* tech = graph.technology(i);
            if (!replicated || (tech && tech->highlyAvailable) ||
                c.props.failover.value_or(Failover::None) == Failover::Automatic)
                continue;
            const bool manual = c.props.failover == Failover::Manual;
            reporter.about(c.id, phrase::quoted(graph, i) + " has replicas but " +
                                     (manual ? "fails over by hand" : "no failover") +
                                     ": when its primary dies, writes stop until someone "
                                     "promotes a replica, which a " +
                                     phrase::percent(*graph.requirements().availability) +
                                     " target leaves minutes for.");
        }
    }
};

class SharedDependency final : public Rule {
public:
    SharedDependency()
        : Rule("spof.shared-dependency", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.syncIn(i).size() < 3 || graph.kind(i) == ComponentKind::Client)
                continue;
            const ComponentKind kind = graph.kind(i);
            const bool survivable =
                (kind == ComponentKind::Cache || kind == ComponentKind::ModelServing) &&
                graph.componentFacts(i).fallback;
            if (survivable)
                continue;
            std::vector<Index> services;
            for (const Index caller : graph.callers(i))
                if (graph.kind(caller) == ComponentKind::Service)
                    services.push_back(caller);
            if (services.size() < 3)
                continue;
            reporter.about(graph.id(i), phrase::quoted(graph, i) + " is called by " +
                                            std::to_string(services.size()) + " services (" +
                                            phrase::quotedList(graph, services) +
                                            "): when it slows down or fails, all of them fail "
                                            "with it.");
        }
    }
};

} // namespace

void addSpofRules(RuleList& rules) {
    rules.push_back(std::make_unique<SingleInstance>());
    rules.push_back(std::make_unique<SingleZone>());
    rules.push_back(std::make_unique<SingleRegion>());
    rules.push_back(std::make_unique<NoFailover>());
    rules.push_back(std::make_unique<SharedDependency>());
}

} // namespace archboard
