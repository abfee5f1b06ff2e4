// Structure and requirements: whether the drawing and the prompt hang together.
#include "critique/ruleregistry.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

bool isQueueOrStream(ComponentKind kind) {
    return kind == ComponentKind::Queue || kind == ComponentKind::Stream;
}

class Orphan final : public Rule {
public:
    Orphan()
        : Rule("structure.orphan", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (!graph.connectionsOf(i).empty() || graph.isDeadLetterQueue(i) ||
                graph.componentFacts(i).observesAll)
                continue;
            reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                            " is not connected to anything: either it is missing "
                                            "its connections, or it is not part of the design.");
        }
    }
};

class NoEntry final : public Rule {
public:
    NoEntry()
        : Rule("structure.no-entry", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (graph.size() == 0 || !graph.entries().empty())
            return;
        reporter.aboutDesign("No client or edge component shows where requests come from, so "
                             "no request path can be followed through the design.");
    }
};

class Unreachable final : public Rule {
public:
    Unreachable()
        : Rule("structure.unreachable", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (graph.entries().empty())
            return;
        const std::string entries = phrase::quotedList(graph, graph.entries());
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.onRequestPath(i) || !graph.hasRequestConnection(i))
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) + " is wired up, but no request from " +
                               entries +
                               " ever reaches it: a connection is missing or points the wrong "
                               "way.");
        }
    }
};

class QueueUnbalanced final : public Rule {
public:
    QueueUnbalanced()
        : Rule("structure.queue-unbalanced", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (!isQueueOrStream(graph.kind(i)))
                continue;
            const bool producers = graph.hasProducer(i);
            const bool consumers = graph.hasConsumer(i);
            if (producers && !consumers && !graph.isDeadLetterQueue(i))
                reporter.about(graph.id(i),
                               "Messages go into " + phrase::quoted(graph, i) +
                                   " but nothing consumes them: they pile up until it is full.");
            else if (consumers && !producers)
                reporter.about(graph.id(i),
                               phrase::quoted(graph, i) +
                                   " has consumers but nothing publishes to it: say where its "
                                   "messages come from.");
        }
    }
};

class NoScale final : public Rule {
public:
    NoScale()
        : Rule("reqs.no-scale", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        const auto& req = graph.requirements();
        if (req.dau || req.peakReadRps || req.peakWriteRps)
            return;
        reporter.aboutDesign("The requirements state no users or request rates: turn the prompt "
                             "into numbers first, or no choice here can be sized or defended.");
    }
};

class NoAvailability final : public Rule {
public:
    NoAvailability()
        : Rule("reqs.no-availability", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (graph.requirements().availability)
            return;
        reporter.aboutDesign("No availability target is stated, so there is no way to tell how "
                             "much redundancy is enough.");
    }
};

} // namespace

void addStructureRules(RuleList& rules) {
    rules.push_back(std::make_unique<Orphan>());
    rules.push_back(std::make_unique<NoEntry>());
    rules.push_back(std::make_unique<Unreachable>());
    rules.push_back(std::make_unique<QueueUnbalanced>());
    rules.push_back(std::make_unique<NoScale>());
    rules.push_back(std::make_unique<NoAvailability>());
}

} // namespace archboard
