#include "storenobackupsrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void StoreNoBackupsRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const bool noLoss = durabilityIsNoLoss(graph);
    for (const Index i : graph.storesOfRecord()) {
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

} // namespace archboard
