#include "storewritecapacityrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void StoreWriteCapacityRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const auto& writes = graph.requirements().peakWriteRps;
    if (!writes)
        return;
    for (const Index i : graph.ofKinds({ComponentKind::SqlStore, ComponentKind::NosqlStore})) {
        const Component& c = graph.component(i);
        const Technology* tech = graph.technology(i);
        if (!tech || tech->writes != WriteModel::SinglePrimary || !tech->writeCapacity ||
            *writes <= tech->writeCapacity->value ||
            c.props.sharding.value_or(Sharding::None) != Sharding::None)
            continue;
        reporter.about(c.id, phrase::quoted(graph, i) + " takes every write on one " + tech->name +
                                 " primary, good for about " +
                                 phrase::number(tech->writeCapacity->value) +
                                 " writes a second, but the peak is " + phrase::number(*writes) +
                                 ": writes queue up and time out at peak.");
    }
}

} // namespace archboard
