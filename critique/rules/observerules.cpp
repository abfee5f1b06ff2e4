// Observability: whether anyone finds out when something breaks.
#include "critique/ruleregistry.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

class None final : public Rule {
public:
    None()
        : Rule("observe.none", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (graph.size() < 3 || !graph.observability().empty())
            return;
        reporter.aboutDesign("Nothing collects metrics, logs or traces for these " +
                             std::to_string(graph.size()) +
                             " components: when users see errors, nobody knows where or why.");
    }
};

// A design-wide check for one signal that no observability component collects.
class MissingSignal : public Rule {
public:
    MissingSignal(std::string_view id, Severity severity, Signal signal, std::string message)
        : Rule(id, severity)
        , m_signal(signal)
        , m_message(std::move(message)) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (graph.observability().empty() || graph.anyObservabilityHas(m_signal) || !applies(graph))
            return;
        reporter.aboutDesign(phrase::quotedList(graph, graph.observability()) + " collect" +
                             (graph.observability().size() == 1 ? "s" : "") + " no " +
                             std::string(toString(m_signal)) + ": " + m_message);
    }

protected:
    virtual bool applies(const GraphIndex&) const { return true; }

private:
    Signal m_signal;
    std::string m_message;
};

class NoMetrics final : public MissingSignal {
public:
    NoMetrics()
        : MissingSignal("observe.no-metrics", Severity::Warning, Signal::Metrics,
                        "error rates, latency and saturation go unmeasured, so trouble shows "
                        "up first as user complaints.") {}
};

class NoAlerts final : public MissingSignal {
public:
    NoAlerts()
        : MissingSignal("observe.no-alerts", Severity::Warning, Signal::Alerts,
                        "nobody is paged when the product breaks at night.") {}
};

class NoLogs final : public MissingSignal {
public:
    NoLogs()
        : MissingSignal("observe.no-logs", Severity::Info, Signal::Logs,
                        "when a request fails there is no record of what it did.") {}
};

class NoTracing final : public MissingSignal {
public:
    NoTracing()
        : MissingSignal("observe.no-tracing", Severity::Warning, Signal::Traces,
                        "requests cross three or more services in a row, and without traces "
                        "nobody can tell which hop made one slow or failed it.") {}

protected:
    bool applies(const GraphIndex& graph) const override {
        for (Index i = 0; i < graph.size(); ++i)
            if (graph.kind(i) == ComponentKind::Service && graph.servicesOnShortestSyncPath(i) >= 3)
                return true;
        return false;
    }
};

class Uncovered final : public Rule {
public:
    Uncovered()
        : Rule("observe.uncovered", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (graph.observability().empty())
            return;
        const std::string observers = phrase::quotedList(graph, graph.observability());
        for (Index i = 0; i < graph.size(); ++i) {
            const ComponentKind kind = graph.kind(i);
            if (!graph.onRequestPath(i) || kind == ComponentKind::Client ||
                kind == ComponentKind::External || kind == ComponentKind::Observability ||
                graph.isCovered(i))
                continue;
            reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                            " is on the request path but sends no telemetry to " +
                                            observers + ": its failures are invisible.");
        }
    }
};

class QueueLag final : public Rule {
public:
    QueueLag()
        : Rule("observe.queue-lag", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (graph.observability().empty())
            return;
        std::vector<Index> queues;
        for (Index i = 0; i < graph.size(); ++i) {
            const ComponentKind kind = graph.kind(i);
            if (kind != ComponentKind::Queue && kind != ComponentKind::Stream)
                continue;
            if (graph.isCovered(i, Signal::Metrics))
                return;
            queues.push_back(i);
        }
        if (queues.empty())
            return;
        reporter.aboutDesign("No metrics cover " + phrase::quotedList(graph, queues) +
                             ": consumer lag and queue depth go unseen until messages are "
                             "hours late.");
    }
};

} // namespace

void addObserveRules(RuleList& rules) {
    rules.push_back(std::make_unique<None>());
    rules.push_back(std::make_unique<NoMetrics>());
    rules.push_back(std::make_unique<NoAlerts>());
    rules.push_back(std::make_unique<NoTracing>());
    rules.push_back(std::make_unique<NoLogs>());
    rules.push_back(std::make_unique<Uncovered>());
    rules.push_back(std::make_unique<QueueLag>());
}

} // namespace archboard
