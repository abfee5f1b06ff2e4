// Failure handling: what happens when a call or a message goes wrong.
#include "critique/ruleregistry.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

bool retries(const GraphIndex::ConnectionFacts& facts) {
    return facts.carriesRequests && facts.retries;
}

class SyncNoTimeout final : public Rule {
public:
    SyncNoTimeout()
        : Rule("failure.sync-no-timeout", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (std::size_t c = 0; c < graph.connectionCount(); ++c) {
            const auto& facts = graph.facts(c);
            if (facts.kind != ConnectionKind::Sync || facts.timeout)
                continue;
            const Connection& connection = graph.connection(c);
            reporter.about(connection.id,
                           phrase::quoted(graph, graph.from(c)) + " calls " +
                               phrase::quoted(graph, graph.to(c)) + " (" + connection.id +
                               ") with no timeout: when " + phrase::quoted(graph, graph.to(c)) +
                               " hangs, callers wait with it and their threads run out.");
        }
    }
};

class RetryNoBackoff final : public Rule {
public:
    RetryNoBackoff()
        : Rule("failure.retry-no-backoff", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (std::size_t c = 0; c < graph.connectionCount(); ++c) {
            const auto& facts = graph.facts(c);
            if (!retries(facts) || facts.backoff)
                continue;
            const Connection& connection = graph.connection(c);
            reporter.about(connection.id,
                           "Retries on " + phrase::connection(graph, c) +
                               " have no backoff: when " + phrase::quoted(graph, graph.to(c)) +
                               " struggles, immediate retries multiply its load and keep it down.");
        }
    }
};

class RetryNotIdempotent final : public Rule {
public:
    RetryNotIdempotent()
        : Rule("failure.retry-not-idempotent", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (std::size_t c = 0; c < graph.connectionCount(); ++c) {
            const auto& facts = graph.facts(c);
            if (!retries(facts) || facts.idempotent)
                continue;
            const Connection& connection = graph.connection(c);
            reporter.about(connection.id,
                           phrase::connection(graph, c) +
                               " retries, but the receiver does not deduplicate: a retry after a "
                               "lost reply applies the same request twice.");
        }
    }
};

class QueueNoDlq final : public Rule {
public:
    QueueNoDlq()
        : Rule("failure.queue-no-dlq", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        const bool noLoss = durabilityIsNoLoss(graph);
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::Queue && graph.kind(i) != ComponentKind::Stream)
                continue;
            if (graph.isDeadLetterQueue(i) || !graph.hasConsumer(i) ||
                graph.componentFacts(i).deadLetter)
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " has no dead-letter queue: a message its consumers cannot "
                               "process is retried forever, blocking the rest, or dropped" +
                               (noLoss ? ", and the requirements allow no loss." : "."),
                           noLoss ? std::optional(Severity::Error) : std::nullopt);
        }
    }
};

class ConsumerNotIdempotent final : public Rule {
public:
    ConsumerNotIdempotent()
        : Rule("failure.consumer-not-idempotent", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::Worker)
                continue;
            if (graph.componentFacts(i).idempotent)
                continue;
            std::vector<Index> sources;
            for (const Index source : graph.requestIn(i)) {
                const ComponentKind kind = graph.kind(source);
                if ((kind == ComponentKind::Queue || kind == ComponentKind::Stream) &&
                    graph.delivery(source) == Delivery::AtLeastOnce &&
                    std::find(sources.begin(), sources.end(), source) == sources.end())
                    sources.push_back(source);
            }
            if (sources.empty())
                continue;
            reporter.about(graph.id(i), phrase::quoted(graph, i) + " consumes " +
                                            phrase::quotedList(graph, sources) +
                                            ", which deliver at least once, but is not "
                                            "idempotent: a redelivered message is processed "
                                            "twice.");
        }
    }
};

class NoCircuitBreaker final : public Rule {
public:
    NoCircuitBreaker()
        : Rule("failure.no-circuit-breaker", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (std::size_t c = 0; c < graph.connectionCount(); ++c) {
            const auto& facts = graph.facts(c);
            if (facts.kind != ConnectionKind::Sync ||
                graph.kind(graph.to(c)) != ComponentKind::External || facts.circuitBreaker)
                continue;
            const Connection& connection = graph.connection(c);
            reporter.about(connection.id,
                           phrase::quoted(graph, graph.from(c)) + " calls the third party " +
                               phrase::quoted(graph, graph.to(c)) + " (" + connection.id +
                               ") with no circuit breaker: during its outage every request still "
                               "waits on it and fails slowly.");
        }
    }
};

class ExternalOnCriticalPath final : public Rule {
public:
    ExternalOnCriticalPath()
        : Rule("failure.external-on-critical-path", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::External ||
                graph.syncDepth(i) == GraphIndex::kNoDepth)
                continue;
            reporter.about(graph.id(i),
                           "Users wait on the third party " + phrase::quoted(graph, i) +
                               " through synchronous calls: its outages and slow responses "
                               "become yours. A queue in between would let requests succeed "
                               "while it is down.");
        }
    }
};

class StoreNoBackups final : public Rule {
public:
    StoreNoBackups()
        : Rule("failure.store-no-backups", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        const bool noLoss = durabilityIsNoLoss(graph);
        for (Index i = 0; i < graph.size(); ++i) {
            if (!isStoreOfRecord(graph.kind(i)))
                continue;
            if (graph.componentFacts(i).backups)
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) +
                               " has no backups: a bad migration, a bug or a deleted table "
                               "replicates everywhere at once, and the data is gone" +
                               (noLoss ? ", though the requirements allow no loss." : "."),
                           noLoss ? std::optional(Severity::Error) : std::nullopt);
        }
    }
};

class CacheNoFallback final : public Rule {
public:
    CacheNoFallback()
        : Rule("failure.cache-no-fallback", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::Cache)
                continue;
            if (!graph.onRequestPath(i) || graph.componentFacts(i).fallback)
                continue;
            reporter.about(graph.id(i), "Callers of " + phrase::quoted(graph, i) +
                                            " do not survive its loss: when it fails or is "
                                            "flushed, requests fail, or all of them hit the "
                                            "store behind it at once.");
        }
    }
};

class DeepSyncChain final : public Rule {
public:
    DeepSyncChain()
        : Rule("failure.deep-sync-chain", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            const int depth = graph.syncDepth(i);
            if (depth <= 5)
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) + " sits " + std::to_string(depth) +
                               " synchronous calls from the nearest entry: every hop adds "
                               "latency and a way to fail, and the user waits for all of them.");
        }
    }
};

class NoHealthChecks final : public Rule {
public:
    NoHealthChecks()
        : Rule("failure.no-health-checks", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            if (graph.kind(i) != ComponentKind::LoadBalancer && graph.kind(i) != ComponentKind::Dns)
                continue;
            if (graph.componentFacts(i).healthChecks)
                continue;
            reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                            " does not health-check its targets: it keeps "
                                            "sending traffic to an instance that has died.");
        }
    }
};

} // namespace

void addFailureRules(RuleList& rules) {
    rules.push_back(std::make_unique<SyncNoTimeout>());
    rules.push_back(std::make_unique<RetryNoBackoff>());
    rules.push_back(std::make_unique<RetryNotIdempotent>());
    rules.push_back(std::make_unique<QueueNoDlq>());
    rules.push_back(std::make_unique<ConsumerNotIdempotent>());
    rules.push_back(std::make_unique<NoCircuitBreaker>());
    rules.push_back(std::make_unique<ExternalOnCriticalPath>());
    rules.push_back(std::make_unique<StoreNoBackups>());
    rules.push_back(std::make_unique<CacheNoFallback>());
    rules.push_back(std::make_unique<DeepSyncChain>());
    rules.push_back(std::make_unique<NoHealthChecks>());
}

} // namespace archboard
