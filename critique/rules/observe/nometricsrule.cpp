#include "nometricsrule.h"

namespace archboard {

NoMetricsRule::NoMetricsRule()
    : MissingSignalRule("observe.no-metrics", Severity::Warning, Signal::Metrics,
                        "error rates, latency and saturation go unmeasured, so trouble shows "
                        "up first as user complaints.") {
}

} // namespace archboard
