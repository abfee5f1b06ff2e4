#pragma once

#include "critique/critic.h"

#include <optional>
#include <string_view>

namespace archboard {

// The user's own critic preferences, kept in QSettings: rules turned off and
// severities changed for this user only. A design's own critique settings win
// over these wherever both speak of a rule, so a shared file means the same to
// everyone who opens it; the CLI never reads them.
namespace critiquepreferences {

CritiqueOptions load();
void setDisabled(std::string_view rule, bool disabled);
// Clears the user's severity for `rule` when `severity` is empty.
void setSeverity(std::string_view rule, std::optional<Severity> severity);
// Forgets every preference.
void reset();

} // namespace critiquepreferences

} // namespace archboard
