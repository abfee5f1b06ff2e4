#include "noalertsrule.h"

namespace archboard {

NoAlertsRule::NoAlertsRule()
    : MissingSignalRule("observe.no-alerts", Severity::Warning, Signal::Alerts,
                        "nobody is paged when the product breaks at night.") {
}

} // namespace archboard
