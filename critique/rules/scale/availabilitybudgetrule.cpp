#include "availabilitybudgetrule.h"

#include <cmath>
#include <cstdio>

namespace archboard {

namespace {

using Index = GraphIndex::Index;

// The fewest decimals (at most four) that show the target as stated and the
// figure below it: 99.94% against 99.95%, not 99.9% against 99.95%.
int decimalsFor(double figure, double target) {
    int decimals = 0;
    while (decimals < 4 && std::abs(target * std::pow(10.0, decimals) -
                                    std::round(target * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    while (decimals < 4 &&
           std::floor(figure * std::pow(10.0, decimals)) >= target * std::pow(10.0, decimals))
        ++decimals;
    return decimals;
}

// A percentage with a fixed number of decimals, never rounded up: a figure
// just below the target must not read as the target.
std::string percentAt(double percent, int decimals) {
    const double scale = std::pow(10.0, decimals);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f%%", decimals,
                  std::floor(percent * scale + 1e-9) / scale);
    return buffer;
}

} // namespace

void AvailabilityBudgetRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    const auto& required = graph.requirements().availability;
    if (!required)
        return;
    // A tolerance keeps float rounding from turning "equal" into "below".
    const double target = *required / 100.0 - 1e-12;
    for (const Index i : graph.storesOfRecord()) {
        if (graph.syncDepth(i) == GraphIndex::kNoDepth)
            continue;
        const double best = graph.bestSyncAvailability(i);
        if (best >= target)
            continue;
        const std::vector<Index> path = graph.bestSyncPath(i);
        std::string route;
        Index weakest = i;
        for (const Index step : path) {
            route += (route.empty() ? "" : " → ") + phrase::quoted(graph, step);
            if (graph.factorOnBestPath(step) < graph.factorOnBestPath(weakest))
                weakest = step;
        }
        const int decimals = decimalsFor(best * 100.0, *required);
        reporter.about(graph.id(i),
                       "Even the most available synchronous path to " + phrase::quoted(graph, i) +
                           ", " + route + ", multiplies out to " +
                           percentAt(best * 100.0, decimals) + ", below the " +
                           percentAt(*required, decimals) + " target; its weakest link is " +
                           phrase::quoted(graph, weakest) + " at " +
                           percentAt(graph.factorOnBestPath(weakest) * 100.0, decimals) +
                           ": every component in series adds its downtime.");
    }
}

} // namespace archboard
