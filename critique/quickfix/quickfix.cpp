#include "quickfix.h"

#include "critique/quickfix/quickfixers.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace archboard {

namespace {

using Fix = std::string (*)(FixContext&, quickfixers::Findings);

// Which findings of a rule the fix fits.
enum class Fits {
    Target,  // every finding with a target
    Design,  // the finding about the whole design
    HasStore // a target with a store behind it (not the fix key `no_store`)
};

struct QuickFixer {
    std::string_view rule;
    Fits fits;
    Fix fix;
};

// One line per rule with a quick fix, sorted by rule id.
constexpr std::array kFixers{
    QuickFixer{"failure.cache-no-fallback", Fits::HasStore, quickfixers::cacheFallback},
    QuickFixer{"failure.consumer-not-idempotent", Fits::Target, quickfixers::consumerIdempotent},
    QuickFixer{"failure.no-circuit-breaker", Fits::Target, quickfixers::circuitBreaker},
    QuickFixer{"failure.no-health-checks", Fits::Target, quickfixers::healthChecks},
    QuickFixer{"failure.queue-no-dlq", Fits::Target, quickfixers::deadLetterQueue},
    QuickFixer{"failure.retry-no-backoff", Fits::Target, quickfixers::retryBackoff},
    QuickFixer{"failure.retry-not-idempotent", Fits::Target, quickfixers::retryIdempotent},
    QuickFixer{"failure.store-no-backups", Fits::Target, quickfixers::storeBackups},
    QuickFixer{"failure.sync-no-timeout", Fits::Target, quickfixers::timeout},
    QuickFixer{"failure.timeout-budget", Fits::Target, quickfixers::timeoutInBudget},
    QuickFixer{"observe.no-alerts", Fits::Design, quickfixers::alertsSignal},
    QuickFixer{"observe.no-logs", Fits::Design, quickfixers::logsSignal},
    QuickFixer{"observe.no-metrics", Fits::Design, quickfixers::metricsSignal},
    QuickFixer{"observe.no-tracing", Fits::Design, quickfixers::tracesSignal},
    QuickFixer{"observe.none", Fits::Design, quickfixers::observability},
    QuickFixer{"observe.uncovered", Fits::Target, quickfixers::telemetry},
    QuickFixer{"security.public-no-tls", Fits::Target, quickfixers::publicTls},
    QuickFixer{"spof.single-instance", Fits::Target, quickfixers::replica},
    QuickFixer{"spof.single-zone", Fits::Target, quickfixers::zones},
};

static_assert(std::is_sorted(kFixers.begin(), kFixers.end(),
                             [](const QuickFixer& a, const QuickFixer& b) {
                                 return a.rule < b.rule;
                             }),
              "fixerOf() searches kFixers by rule id");

constexpr auto kRuleIds = [] {
    std::array<std::string_view, kFixers.size()> ids{};
    for (std::size_t i = 0; i < kFixers.size(); ++i)
        ids[i] = kFixers[i].rule;
    return ids;
}();

const QuickFixer* fixerOf(std::string_view rule) {
    const auto it = std::lower_bound(
        kFixers.begin(), kFixers.end(), rule,
        [](const QuickFixer& fixer, std::string_view id) { return fixer.rule < id; });
    return it != kFixers.end() && it->rule == rule ? &*it : nullptr;
}

bool fits(const QuickFixer& fixer, const Finding& finding) {
    switch (fixer.fits) {
    case Fits::Target:
        return !finding.target.empty();
    case Fits::Design:
        return finding.target.empty();
    case Fits::HasStore:
        return !finding.target.empty() && finding.fixKey != "no_store";
    }
    return false;
}

} // namespace

bool hasQuickFix(const Finding& finding) {
    const QuickFixer* fixer = fixerOf(finding.rule);
    return fixer && fits(*fixer, finding);
}

std::span<const std::string_view> rulesWithQuickFix() {
    return kRuleIds;
}

std::optional<QuickFixPlan> planQuickFix(const Design& design,
                                         std::span<const Finding* const> findings) {
    if (findings.empty())
        return std::nullopt;
    const QuickFixer* fixer = fixerOf(findings.front()->rule);
    if (!fixer)
        return std::nullopt;
    std::vector<const Finding*> fixable;
    for (const Finding* finding : findings)
        if (finding->rule == fixer->rule && fits(*fixer, *finding) &&
            (finding->target.empty() || design.contains(finding->target)))
            fixable.push_back(finding);
    if (fixable.empty())
        return std::nullopt;
    FixContext context(design);
    std::string title;
    try {
        title = fixer->fix(context, fixable);
    } catch (const std::invalid_argument&) {
        return std::nullopt; // a target that is now another kind of element: out of date
    }
    QuickFixPlan plan = context.finish(std::move(title));
    if (plan.empty())
        return std::nullopt;
    return plan;
}

} // namespace archboard
