#pragma once

#include "model/kinds.h"

#include <QString>

namespace archboard {

// Human-readable, translatable names of kinds ("load balancer" for
// `load_balancer`). The file tokens stay in the model; these are for display.
QString kindDisplayName(ComponentKind kind);
QString kindDisplayName(ConnectionKind kind);
QString kindDisplayName(GroupKind kind);
// One line on what a connection of the kind means, for menus and tips.
QString kindExplanation(ConnectionKind kind);

} // namespace archboard
