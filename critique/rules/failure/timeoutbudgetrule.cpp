#include "timeoutbudgetrule.h"

#include <algorithm>
#include <limits>

namespace archboard {

namespace {

using Index = GraphIndex::Index;
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
// "Far" above the p99 target: a path whose calls, each using its whole
// timeout and every retry, add up to more than this many times the target.
constexpr double kFarAboveP99 = 5.0;

// The longest a call can keep its caller waiting: every attempt runs to its
// timeout. Zero without a timeout (failure.sync-no-timeout says so).
double worstCase(const GraphIndex& graph, std::size_t c) {
    const ConnectionProps& props = graph.connection(c).props;
    if (!props.timeoutMs)
        return 0;
    return *props.timeoutMs * static_cast<double>(props.retries.value_or(0) + 1);
}

std::string attempts(const GraphIndex& graph, std::size_t c) {
    const ConnectionProps& props = graph.connection(c).props;
    const auto count = props.retries.value_or(0) + 1;
    return phrase::number(*props.timeoutMs) + " ms × " + std::to_string(count) +
           (count == 1 ? " attempt" : " attempts");
}

// Calls that do not fit inside the shortest timeout their caller is given.
void reportCalls(const GraphIndex& graph, Reporter& reporter) {
    const auto sync = graph.connectionsOfKind(ConnectionKind::Sync);
    // Per component, the sync connection into it with the shortest timeout.
    std::vector<std::size_t> tightest(graph.size(), kNone);
    for (const std::size_t c : sync) {
        const auto& props = graph.connection(c).props;
        if (!props.timeoutMs)
            continue;
        std::size_t& best = tightest[graph.to(c)];
        if (best == kNone || *props.timeoutMs < *graph.connection(best).props.timeoutMs)
            best = c;
    }
    for (const std::size_t c : sync) {
        const std::size_t given = tightest[graph.from(c)];
        if (given == kNone || !graph.facts(c).timeout)
            continue;
        const double worst = worstCase(graph, c);
        const double budget = *graph.connection(given).props.timeoutMs;
        if (worst <= budget)
            continue;
        const Index caller = graph.from(c);
        reporter.about(graph.connection(c).id,
                       phrase::connection(graph, c) + " can take " + phrase::number(worst) +
                           " ms (" + attempts(graph, c) + "), but " +
                           phrase::quoted(graph, caller) + " is itself given " +
                           phrase::number(budget) + " ms by " +
                           phrase::quoted(graph, graph.from(given)) +
                           (graph.facts(given).retries
                                ? ": it gives up and retries while this call still runs, so "
                                  "slow calls multiply instead of failing."
                                : ": it gives up while this call still runs, and the work "
                                  "done for it is wasted."));
    }
}

// The sync path from an entry whose calls add up to the longest worst case,
// over the shortest-path layers (each connection one hop deeper), which have
// no cycles. Calls from an entry are the user's own wait and do not count.
void reportPath(const GraphIndex& graph, Reporter& reporter) {
    const auto p99 = graph.requirements().latencyP99Ms;
    if (!p99 || *p99 <= 0)
        return;
    const auto sync = graph.connectionsOfKind(ConnectionKind::Sync);
    std::vector<std::size_t> layered;
    int deepest = 0;
    for (const std::size_t c : sync) {
        const int from = graph.syncDepth(graph.from(c));
        if (from != GraphIndex::kNoDepth && graph.syncDepth(graph.to(c)) == from + 1) {
            layered.push_back(c);
            deepest = std::max(deepest, from);
        }
    }
    if (layered.empty())
        return;
    // Counting sort by the caller's depth, so callers are done before callees.
    std::vector<std::size_t> starts(static_cast<std::size_t>(deepest) + 2, 0);
    for (const std::size_t c : layered)
        ++starts[static_cast<std::size_t>(graph.syncDepth(graph.from(c))) + 1];
    for (std::size_t d = 1; d < starts.size(); ++d)
        starts[d] += starts[d - 1];
    std::vector<std::size_t> ordered(layered.size());
    for (const std::size_t c : layered)
        ordered[starts[static_cast<std::size_t>(graph.syncDepth(graph.from(c)))]++] = c;

    std::vector<double> total(graph.size(), 0);
    std::vector<std::size_t> via(graph.size(), kNone);
    Index worstEnd = 0;
    for (const std::size_t c : ordered) {
        const Index from = graph.from(c);
        const Index to = graph.to(c);
        const double sum = total[from] + (graph.isEntry(from) ? 0 : worstCase(graph, c));
        if (via[to] == kNone || sum > total[to]) {
            total[to] = sum;
            via[to] = c;
        }
        if (total[to] > total[worstEnd])
            worstEnd = to;
    }
    if (total[worstEnd] <= kFarAboveP99 * *p99)
        return;
    std::vector<Index> path{worstEnd};
    for (Index at = worstEnd; via[at] != kNone;) {
        at = graph.from(via[at]);
        path.push_back(at);
    }
    std::reverse(path.begin(), path.end());
    std::string names;
    for (const Index i : path)
        names += (names.empty() ? "" : " → ") + phrase::quoted(graph, i);
    reporter.aboutDesign("The sync path " + names + " can take " + phrase::number(total[worstEnd]) +
                         " ms when every call on it uses its whole timeout and every retry, " +
                         phrase::number(total[worstEnd] / *p99) + " times the p99 target of " +
                         phrase::number(*p99) +
                         " ms: users wait far longer than the target before they see an error.");
}

} // namespace

void TimeoutBudgetRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    reportCalls(graph, reporter);
    reportPath(graph, reporter);
}

} // namespace archboard
