#pragma once

#include "critique/rule.h"

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace archboard {

using RuleList = std::vector<std::unique_ptr<const Rule>>;

// One function per category, each in rules/<category>rules.cpp.
void addDataRules(RuleList& rules);
void addFailureRules(RuleList& rules);
void addJustifyRules(RuleList& rules);
void addObserveRules(RuleList& rules);
void addScaleRules(RuleList& rules);
void addSecurityRules(RuleList& rules);
void addSpofRules(RuleList& rules);
void addStructureRules(RuleList& rules);

// Every rule of this build, sorted by id.
std::span<const Rule* const> allRules();
const Rule* findRule(std::string_view id);

} // namespace archboard
