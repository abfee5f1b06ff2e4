#include "consumerlagrule.h"

#include "critique/rules/writerate.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

// The consumer outage a queue must hold messages through when none may be
// lost: a failure on a Friday evening, fixed on Monday morning.
constexpr double kOutageHours = 72;
// Messages one consumer handles a second, at about a millisecond of work
// each (a rule of thumb, and a Kinesis shard's or an Event Hubs throughput
// unit's write limit); a partition is read by one consumer of a group.
constexpr double kPartitionMessagesPerSecond = 1000;

std::string hours(double value) {
    return phrase::number(value) + (value == 1 ? " hour" : " hours");
}

} // namespace

void ConsumerLagRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const bool noLoss = durabilityIsNoLoss(graph);
    for (const Index i : graph.ofKinds({ComponentKind::Queue, ComponentKind::Stream})) {
        if (!graph.hasConsumer(i) || graph.isDeadLetterQueue(i))
            continue;
        const ComponentProps& props = graph.component(i).props;
        if (noLoss && props.retentionHours && *props.retentionHours < kOutageHours) {
            reporter.about(graph.id(i),
                           phrase::quoted(graph, i) + " keeps messages for " +
                               hours(*props.retentionHours) +
                               ": when its consumers are down longer (an outage over a "
                               "weekend), unread messages expire and are lost, though the "
                               "requirements allow no loss.",
                           std::nullopt, "retention");
            continue;
        }
        const std::optional<double> rate = writeRateInto(graph, i);
        if (graph.kind(i) != ComponentKind::Stream || !props.partitions || !rate)
            continue;
        const double perPartition = *rate / static_cast<double>(*props.partitions);
        if (perPartition <= kPartitionMessagesPerSecond)
            continue;
        reporter.about(graph.id(i),
                       phrase::quoted(graph, i) + " takes " + phrase::number(*rate) +
                           " messages/s over " + std::to_string(*props.partitions) +
                           " partitions, about " + phrase::number(perPartition) +
                           " a second each: one consumer of a group reads a partition, so "
                           "unless each handles that many, lag grows for as long as the peak "
                           "lasts, whatever the consumer count.",
                       std::nullopt, "throughput");
    }
}

} // namespace archboard
