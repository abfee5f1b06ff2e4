#include "unboundedgrowthrule.h"

#include "critique/callwords.h"
#include "critique/justification.h"
#include "critique/rules/writerate.h"

#include <algorithm>
#include <array>

namespace archboard {

namespace {

using Index = GraphIndex::Index;
using namespace std::string_view_literals;
// Growth that needs a plan rather than more disks: 100 TB a year is more
// than a store's few nodes hold comfortably (a rule of thumb).
constexpr double kBytesWorthPlanning = 100e12;

// A label that says the call only reads ("read count on miss"), or that
// its write replaces what is there ("upsert best score", "SET user:{id}").
bool appendsNothing(std::string_view label) {
    return labelSaysOnlyReads(label) || labelSaysOverwrites(label);
}

// Something appends to it: a sync or async connection ends there that does
// not say it only reads or overwrites. Replicas, fed only by replication,
// hold the same data and are not counted again.
bool isAppendedTo(const GraphIndex& graph, Index i) {
    for (const std::uint32_t c : graph.connectionsOf(i))
        if (graph.facts(c).carriesRequests && graph.to(c) == i &&
            !appendsNothing(graph.connection(c).label))
            return true;
    return false;
}

} // namespace

void UnboundedGrowthRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    if (graph.requirements().retentionDays)
        return;
    for (const Index i : graph.storesOfRecord()) {
        if (!isAppendedTo(graph, i))
            continue;
        const std::optional<double> perYear = bytesPerYearInto(graph, i);
        if (!perYear || *perYear < kBytesWorthPlanning)
            continue;
        reporter.about(graph.id(i), phrase::quoted(graph, i) +
                                        " keeps every write with no retention: at " +
                                        phrase::number(*writeRateInto(graph, i)) + " writes/s of " +
                                        phrase::number(*graph.requirements().payloadBytes) +
                                        " bytes it grows by about " + bytesPhrase(*perYear) +
                                        " a year, and cost, backups and restores grow with it.");
    }
}

} // namespace archboard
