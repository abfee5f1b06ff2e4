#include "notracingrule.h"

#include <algorithm>

namespace archboard {

NoTracingRule::NoTracingRule()
    : MissingSignalRule("observe.no-tracing", Severity::Warning, Signal::Traces,
                        "requests cross three or more services in a row, and without traces "
                        "nobody can tell which hop made one slow or failed it.") {
}

bool NoTracingRule::applies(const GraphIndex& graph) const {
    const auto services = graph.ofKind(ComponentKind::Service);
    return std::any_of(services.begin(), services.end(), [&graph](GraphIndex::Index i) {
        return graph.servicesOnShortestSyncPath(i) >= 3;
    });
}

} // namespace archboard
