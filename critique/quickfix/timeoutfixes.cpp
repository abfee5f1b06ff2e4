// Quick fixes that set a call's timeout from its caller's latency budget.

#include "critique/quickfix/quickfixers.h"
#include "critique/rule.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace archboard::quickfixers {

namespace {

// The share of its budget a call may use: the caller needs the rest to do
// its own work and to answer with an error before its own caller gives up.
constexpr double kShareOfBudget = 0.8;
// With no budget stated anywhere: a common starting point.
constexpr double kDefaultTimeoutMs = 1000;

struct Budget {
    double ms = 0;
    std::string from; // where it comes from, for the preview; empty: none stated
};

// The caller's own budget: the shortest timeout among the sync calls into it,
// as this fix leaves them; else the p99 latency target.
Budget budgetOf(const FixContext& context, const ElementId& caller) {
    const Design& design = context.design();
    const Connection* tightest = nullptr;
    for (const std::size_t i : design.connectionsOf(caller, Direction::Incoming)) {
        const Connection* in = context.connection(design.connections()[i].id);
        if (in->kind == ConnectionKind::Sync && in->props.timeoutMs &&
            (!tightest || *in->props.timeoutMs < *tightest->props.timeoutMs))
            tightest = in;
    }
    if (tightest)
        return {*tightest->props.timeoutMs, "the " + phrase::number(*tightest->props.timeoutMs) +
                                                " ms timeout " + context.quoted(tightest->from) +
                                                " gives " + context.quoted(caller)};
    if (const auto p99 = design.info().requirements.latencyP99Ms; p99 && *p99 > 0)
        return {*p99, "the " + phrase::number(*p99) + " ms p99 latency target"};
    return {};
}

// A round figure at or below `ms`, so that every attempt still fits.
double roundDown(double ms) {
    const double step = ms >= 1000 ? 100 : ms >= 100 ? 50 : ms >= 10 ? 10 : 1;
    return std::max(1.0, std::floor(ms / step) * step);
}

std::int64_t attemptsOf(const Connection& connection) {
    return connection.props.retries.value_or(0) + 1;
}

std::string attemptsPhrase(std::int64_t attempts) {
    return attempts == 1 ? std::string() : ", over " + std::to_string(attempts) + " attempts";
}

// Callers nearer the entries first: a call's new timeout is the budget of
// the calls its callee makes.
std::vector<const Connection*> byCallerDepth(const FixContext& context, Findings findings) {
    const GraphIndex& graph = context.graph();
    const auto depth = [&](const Connection* c) {
        const auto from = graph.indexOf(c->from);
        const int d = from ? graph.syncDepth(*from) : GraphIndex::kNoDepth;
        return d == GraphIndex::kNoDepth ? std::numeric_limits<int>::max() : d;
    };
    std::vector<const Connection*> calls;
    for (const Finding* finding : findings)
        if (const Connection* c = context.design().connection(finding->target))
            calls.push_back(c);
    std::stable_sort(calls.begin(), calls.end(),
                     [&](const Connection* a, const Connection* b) { return depth(a) < depth(b); });
    return calls;
}

} // namespace

std::string timeout(FixContext& context, Findings findings) {
    for (const Connection* call : byCallerDepth(context, findings)) {
        const Budget budget = budgetOf(context, call->from);
        const std::int64_t attempts = attemptsOf(*call);
        Connection& edited = context.editConnection(call->id);
        if (budget.from.empty()) {
            edited.props.timeoutMs = kDefaultTimeoutMs;
            context.say("Give " + context.quotedConnection(edited) + " a timeout of " +
                        phrase::number(kDefaultTimeoutMs) +
                        " ms (a starting point: no latency target is stated to derive one "
                        "from).");
            continue;
        }
        edited.props.timeoutMs =
            roundDown(budget.ms * kShareOfBudget / static_cast<double>(attempts));
        context.say("Give " + context.quotedConnection(edited) + " a timeout of " +
                    phrase::number(*edited.props.timeoutMs) + " ms (" +
                    phrase::number(kShareOfBudget * 100) + "% of " + budget.from +
                    attemptsPhrase(attempts) + ").");
    }
    const std::string many = "Calls";
    if (findings.size() > 1) {
        // One caller's calls (a cause's row) say whose they are.
        const Connection* first = context.connection(findings.front()->target);
        const bool oneCaller =
            first && std::all_of(findings.begin(), findings.end(), [&](const Finding* f) {
                const Connection* c = context.connection(f->target);
                return c && c->from == first->from;
            });
        if (oneCaller)
            return "Set Timeouts on " + std::to_string(findings.size()) + " Calls from " +
                   context.quoted(first->from);
    }
    return (findings.size() == 1 ? "Set Timeout on " : "Set Timeouts on ") +
           subject(context, findings, many);
}

std::string timeoutInBudget(FixContext& context, Findings findings) {
    for (const Connection* call : byCallerDepth(context, findings)) {
        const Budget budget = budgetOf(context, call->from);
        if (budget.from.empty() || !call->props.timeoutMs)
            continue;
        const std::int64_t attempts = attemptsOf(*call);
        const double fits = roundDown(budget.ms * kShareOfBudget / static_cast<double>(attempts));
        if (fits >= *call->props.timeoutMs)
            continue;
        Connection& edited = context.editConnection(call->id);
        edited.props.timeoutMs = fits;
        context.say("Lower the timeout on " + context.quotedConnection(edited) + " from " +
                    phrase::number(*call->props.timeoutMs) + " ms to " + phrase::number(fits) +
                    " ms, so " +
                    (attempts == 1 ? std::string("it fits")
                                   : "its " + std::to_string(attempts) + " attempts fit") +
                    " in " + budget.from + ".");
    }
    return "Fit Timeout of " + subject(context, findings, "Calls") + " in Its Budget";
}

} // namespace archboard::quickfixers
