#include "storewritecapacityrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void StoreWriteCapacityRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const Load& load = graph.load();
    for (const Index i : graph.ofKinds({ComponentKind::SqlStore, ComponentKind::NosqlStore})) {
        const Component& c = graph.component(i);
        const Technology* tech = graph.technology(i);
        // Each store by its own writes: a small relational store beside a
        // write-heavy one takes only its share of the design's peak.
        const std::optional<double> writes = load.writes(i);
        if (!writes || !tech || tech->writes != WriteModel::SinglePrimary || !tech->writeCapacity ||
            *writes <= tech->writeCapacity->value ||
            c.props.sharding.value_or(Sharding::None) != Sharding::None)
            continue;
        const auto& peak = graph.requirements().peakWriteRps;
        const std::string figure =
            load.statesWrites(i)            ? "its stated peak is " + phrase::number(*writes)
            : peak && *writes < *peak - 0.5 ? "its share of the design's " + phrase::number(*peak) +
                                                  " is about " + phrase::number(*writes)
                                            : "the peak is " + phrase::number(*writes);
        reporter.about(c.id, phrase::quoted(graph, i) + " takes every write on one " + tech->name +
                                 " primary, good for about " +
                                 phrase::number(tech->writeCapacity->value) +
                                 " writes a second, but " + figure +
                                 ": writes queue up and time out at peak.");
    }
}

} // namespace archboard
