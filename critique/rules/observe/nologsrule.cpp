#include "nologsrule.h"

namespace archboard {

NoLogsRule::NoLogsRule()
    : MissingSignalRule("observe.no-logs", Severity::Info, Signal::Logs,
                        "when a request fails there is no record of what it did.") {
}

} // namespace archboard
