#include "retrynotidempotentrule.h"

#include "critique/rules/failure/sideeffect.h"

namespace archboard {

namespace {

// What a retry after a lost reply does, in the customer's terms.
std::string_view consequence(SideEffect effect) {
    switch (effect) {
    case SideEffect::Payment:
        return "charges the customer twice";
    case SideEffect::Email:
        return "sends the email twice";
    case SideEffect::Sms:
        return "sends the text message twice";
    case SideEffect::Push:
        return "sends the notification twice";
    case SideEffect::Other:
        return "performs the same change twice (a second order, booking or record)";
    case SideEffect::None:
        break;
    }
    return "applies the same request twice";
}

} // namespace

void RetryNotIdempotentRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (const std::size_t c : graph.requestConnections()) {
        const auto& facts = graph.facts(c);
        if (!facts.retries || facts.idempotent)
            continue;
        const SideEffect effect = sideEffectOf(graph, c);
        const bool sideEffect = effect != SideEffect::None;
        reporter.about(graph.connection(c).id,
                       phrase::connection(graph, c) +
                           " retries, but the receiver does not deduplicate: a retry after a "
                           "lost reply " +
                           std::string(consequence(effect)) + ".",
                       sideEffect ? std::optional(Severity::Error) : std::nullopt,
                       fixKeyOf(effect));
    }
}

} // namespace archboard
