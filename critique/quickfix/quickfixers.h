#pragma once

#include "critique/finding.h"
#include "critique/quickfix/fixcontext.h"

#include <span>
#include <string>

namespace archboard::quickfixers {

// Each fixes every finding given (all of its rule, all with targets the
// design has) in `context`, and returns the undo step's title.
using Findings = std::span<const Finding* const>;

// propfixes.cpp: a prop, or a count, on the target.
std::string retryBackoff(FixContext& context, Findings findings);
std::string retryIdempotent(FixContext& context, Findings findings);
std::string consumerIdempotent(FixContext& context, Findings findings);
std::string healthChecks(FixContext& context, Findings findings);
std::string storeBackups(FixContext& context, Findings findings);
std::string cacheFallback(FixContext& context, Findings findings);
std::string circuitBreaker(FixContext& context, Findings findings);
std::string publicTls(FixContext& context, Findings findings);
std::string replica(FixContext& context, Findings findings);
std::string zones(FixContext& context, Findings findings);

// timeoutfixes.cpp: timeouts from the caller's latency budget.
std::string timeout(FixContext& context, Findings findings);
std::string timeoutInBudget(FixContext& context, Findings findings);

// addfixes.cpp: components and connections.
std::string deadLetterQueue(FixContext& context, Findings findings);
std::string observability(FixContext& context, Findings findings);
std::string telemetry(FixContext& context, Findings findings);
std::string metricsSignal(FixContext& context, Findings findings);
std::string logsSignal(FixContext& context, Findings findings);
std::string tracesSignal(FixContext& context, Findings findings);
std::string alertsSignal(FixContext& context, Findings findings);

// What a title calls the findings' targets: one by its quoted name, several
// as a count of `many` ("3 calls").
std::string subject(const FixContext& context, Findings findings, std::string_view many);

} // namespace archboard::quickfixers
