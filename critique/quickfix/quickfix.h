#pragma once

#include "critique/finding.h"
#include "critique/quickfix/quickfixplan.h"

#include <optional>
#include <span>
#include <string_view>

namespace archboard {

// Quick fixes: for findings whose fix is mechanical (a dead-letter queue, a
// timeout from the caller's latency budget, retries with backoff, an
// idempotency key, a replica, a second zone, health checks, an observability
// component, a cache fallback, …), the edit that makes them go away, worked
// out without changing anything (docs/critic.md, "Quick fixes").

// Whether this finding's rule has a quick fix that fits it.
bool hasQuickFix(const Finding& finding);
// The rules that have one, sorted by id.
std::span<const std::string_view> rulesWithQuickFix();

// The plan that fixes these findings of one rule together (a cause's
// targets), or none when none of them has a quick fix or the fix would
// change nothing. Findings of other rules than the first's, and targets the
// design no longer has, are left out.
std::optional<QuickFixPlan> planQuickFix(const Design& design,
                                         std::span<const Finding* const> findings);

} // namespace archboard
