#include "notracingrule.h"

namespace archboard {

NoTracingRule::NoTracingRule()
    : MissingSignalRule("observe.no-tracing", Severity::Warning, Signal::Traces,
                        "requests cross three or more services in a row, and without traces "
                        "nobody can tell which hop made one slow or failed it.") {
}

bool NoTracingRule::applies(const GraphIndex& graph) const {
    for (GraphIndex::Index i = 0; i < graph.size(); ++i)
        if (graph.kind(i) == ComponentKind::Service && graph.servicesOnShortestSyncPath(i) >= 3)
            return true;
    return false;
}

} // namespace archboard
