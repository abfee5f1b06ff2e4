#include "notriggerrule.h"

namespace archboard {

void NoTriggerRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const GraphIndex::Index i : graph.flowStarts()) {
        const ComponentKind kind = graph.kind(i);
        // A queue or stream without producers is structure.queue-unbalanced;
        // a third party starts what it sends (a webhook).
        if (kind == ComponentKind::Queue || kind == ComponentKind::Stream ||
            kind == ComponentKind::External)
            continue;
        const Component& c = graph.component(i);
        if (c.props.trigger && !trimmed(*c.props.trigger).empty())
            continue;
        const bool canSay = kindHasProp(kind, PropKey::Trigger);
        reporter.about(
            c.id, phrase::quoted(graph, i) +
                      " calls or publishes, but nothing calls it: it starts work of "
                      "its own. Say what starts it" +
                      (canSay ? " (its trigger: a schedule or an outside event)" : std::string()) +
                      ", or draw the client that calls it.");
    }
}

} // namespace archboard
