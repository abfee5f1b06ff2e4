// Security: who can reach what without proving who they are.
#include "critique/ruleregistry.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

class StoreExposed final : public Rule {
public:
    StoreExposed()
        : Rule("security.store-exposed", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (Index i = 0; i < graph.size(); ++i) {
            const ComponentKind kind = graph.kind(i);
            if (!isStateful(kind) || kind == ComponentKind::Queue || kind == ComponentKind::Stream)
                continue;
            std::vector<Index> entries;
            for (const std::uint32_t c : graph.connectionsOf(i)) {
                const auto& facts = graph.facts(c);
                const Index from = graph.from(c);
                if (graph.to(c) != i || !facts.carriesRequests || !graph.isEntry(from) ||
                    std::find(entries.begin(), entries.end(), from) != entries.end())
                    continue;
                const bool authorisedObjectAccess =
                    kind == ComponentKind::ObjectStore &&
                    (facts.auth || graph.kind(from) == ComponentKind::Cdn);
                if (!authorisedObjectAccess)
                    entries.push_back(from);
            }
            if (entries.empty())
                continue;
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) + " is reached straight from " +
                               phrase::quotedList(graph, entries) +
                               ": anyone on the internet can read or change its data, with no "
                               "service in between to check who they are.");
        }
    }
};

class NoAuth final : public Rule {
public:
    NoAuth()
        : Rule("security.no-auth", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        if (!graph.ofKind(ComponentKind::Identity).empty())
            return;
        // Walk from the entries along connections without `auth`, stopping at
        // gateways that authenticate.
        std::vector<bool> seen(graph.size(), false);
        std::vector<Index> pending;
        for (const Index entry : graph.entries()) {
            if (!authenticates(graph, entry)) {
                seen[entry] = true;
                pending.push_back(entry);
            }
        }
        while (!pending.empty()) {
            const Index i = pending.back();
            pending.pop_back();
            const ComponentKind kind = graph.kind(i);
            const bool protectedKind =
                kind == ComponentKind::Service || kind == ComponentKind::Worker || isStateful(kind);
            if (protectedKind && !graph.isEntry(i)) {
                reporter.aboutDesign("Nothing authenticates callers on the way to " +
                                     phrase::quoted(graph, i) +
                                     ": there is no identity provider, and no connection or "
                                     "gateway on that path checks who is calling.");
                return;
            }
            for (const std::uint32_t c : graph.connectionsOf(i)) {
                const auto& facts = graph.facts(c);
                const Index next = graph.to(c);
                if (graph.from(c) != i || !facts.carriesRequests || facts.auth || seen[next] ||
                    authenticates(graph, next))
                    continue;
                seen[next] = true;
                pending.push_back(next);
            }
        }
    }

private:
    static bool authenticates(const GraphIndex& graph, Index i) {
        return graph.kind(i) == ComponentKind::ApiGateway &&
               graph.component(i).props.auth.value_or(false);
    }
};

class PublicNoTls final : public Rule {
public:
    PublicNoTls()
        : Rule("security.public-no-tls", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override {
        for (std::size_t c = 0; c < graph.connectionCount(); ++c) {
            const auto& facts = graph.facts(c);
            if (!facts.carriesRequests || !graph.isEntry(graph.from(c)) ||
                graph.kind(graph.to(c)) == ComponentKind::Dns || facts.tls)
                continue;
            const Connection& connection = graph.connection(c);
            reporter.about(connection.id,
                           "Traffic from " + phrase::quoted(graph, graph.from(c)) + " to " +
                               phrase::quoted(graph, graph.to(c)) + " (" + connection.id +
                               ") is not encrypted: anyone on the network path can read or "
                               "alter it, credentials included.");
        }
    }
};

} // namespace

void addSecurityRules(RuleList& rules) {
    rules.push_back(std::make_unique<StoreExposed>());
    rules.push_back(std::make_unique<NoAuth>());
    rules.push_back(std::make_unique<PublicNoTls>());
}

} // namespace archboard
