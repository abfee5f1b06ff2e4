#pragma once

#include <string_view>

class QMenu;

namespace archboard {

class DesignDocument;

// A rule turned off in a design leaves no finding to right-click, so the
// Critique dock's menu lists those rules here: "Turn Back On in This Design ▸
// <rule>". Adds nothing when the design turns no rule off.
void addTurnBackOnMenu(QMenu& menu, DesignDocument& document);

// Turns `rule` back on in the design as one undoable edit; false when the
// design does not turn it off.
bool turnRuleBackOnInDesign(DesignDocument& document, std::string_view rule);

} // namespace archboard
