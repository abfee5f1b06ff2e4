// Justification: technology chosen for a reason tied to the requirements.
#include "critique/justification.h"
#include "critique/ruleregistry.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

std::string techPhrase(const GraphIndex& graph, Index i) {
    return std::string(trimmed(graph.component(i).tech));
}

class NoTech final : public Rule {
public:
    NoTech()
        : Rule("justify.no-tech", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            const ComponentKind kind = graph.kind(i);
            if ((!isStateful(kind) && kind != ComponentKind::Processor) || graph.hasNamedTech(i))
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " names no technology: its guarantees (consistency, ordering, "
                               "failover) cannot be checked against the requirements.");
        }
    }
};

class NoReason final : public Rule {
public:
    NoReason()
        : Rule("justify.no-reason", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (!graph.hasNamedTech(i) || graph.componentFacts(i).justified)
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) + " uses " + techPhrase(graph, i) +
                               " with no reason given: say which requirement it meets better "
                               "than the alternatives.");
        }
    }
};

class WeakReason final : public Rule {
public:
    WeakReason()
        : Rule("justify.weak-reason", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (!graph.hasNamedTech(i) || !graph.componentFacts(i).justified)
                continue;
            const Component& c = graph.component(i);
            if (!isWeakJustification(c.justification, c.tech, graph.technology(i)))
                continue;
            reporter.about(c.id, "The reason for " + techPhrase(graph, i) + " in " +
                                     phrase::quoted(graph, i) + " (\"" +
                                     std::string(trimmed(c.justification)) +
                                     "\") names no workload, number or constraint it meets.");
        }
    }
};

class KindMismatch final : public Rule {
public:
    KindMismatch()
        : Rule("justify.kind-mismatch", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            const Technology* tech = graph.technology(i);
            if (!tech || tech->fits(graph.kind(i)))
                continue;
            std::string fits;
            for (const ComponentKind kind : tech->fittingKinds())
                fits += (fits.empty() ? "" : ", ") + std::string(toString(kind));
            reporter.about(graph.id(i), phrase::quoted(graph, i) + " is drawn as a " +
                                            std::string(toString(graph.kind(i))) + ", but " +
                                            tech->name + " is a " + fits +
                                            ": its guarantees differ from what this box promises.");
        }
    }
};

class ConsistencyMismatch final : public Rule {
public:
    ConsistencyMismatch()
        : Rule("justify.consistency-mismatch", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (!isStoreOfRecord(graph.kind(i)))
                continue;
            const Component& c = graph.component(i);
            const auto required =
                c.props.consistency ? c.props.consistency : graph.requirements().consistency;
            const Technology* tech = graph.technology(i);
            if (required != Consistency::Strong || !tech ||
                tech->consistency != TechConsistency::Eventual)
                continue;
            reporter.about(c.id, phrase::quoted(graph, i) + " must be strongly consistent, but " +
                                     tech->name +
                                     " is eventually consistent: readers can see stale or "
                                     "conflicting data after a write.");
        }
    }
};

class UnknownTech final : public Rule {
public:
    UnknownTech()
        : Rule("justify.unknown-tech", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (!graph.hasNamedTech(i) || graph.technology(i))
                continue;
            reporter.about(graph.id(i), "The technology catalogue does not know " +
                                            techPhrase(graph, i) + " (in " +
                                            phrase::quoted(graph, i) +
                                            "), so nothing about it can be checked.");
        }
    }
};

} // namespace

void addJustifyRules(RuleList& rules) {
    rules.push_back(std::make_unique<NoTech>());
    rules.push_back(std::make_unique<NoReason>());
    rules.push_back(std::make_unique<WeakReason>());
    rules.push_back(std::make_unique<KindMismatch>());
    rules.push_back(std::make_unique<ConsistencyMismatch>());
    rules.push_back(std::make_unique<UnknownTech>());
}

} // namespace archboard
