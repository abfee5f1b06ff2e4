#include "ruleregistry.h"

#include <algorithm>

namespace archboard {

namespace {

struct Registry {
    RuleList owned;
    std::vector<const Rule*> sorted;

    Registry() {
        addDataRules(owned);
        addFailureRules(owned);
        addJustifyRules(owned);
        addObserveRules(owned);
        addScaleRules(owned);
        addSecurityRules(owned);
        addSpofRules(owned);
        addStructureRules(owned);
        for (const auto& rule : owned)
            sorted.push_back(rule.get());
        std::sort(sorted.begin(), sorted.end(),
                  [](const Rule* a, const Rule* b) { return a->id() < b->id(); });
    }
};

const Registry& registry() {
    static const Registry instance;
    return instance;
}

} // namespace

std::span<const Rule* const> allRules() {
    return registry().sorted;
}

const Rule* findRule(std::string_view id) {
    const auto& rules = registry().sorted;
    const auto it =
        std::lower_bound(rules.begin(), rules.end(), id,
                         [](const Rule* rule, std::string_view key) { return rule->id() < key; });
    return it != rules.end() && (*it)->id() == id ? *it : nullptr;
}

} // namespace archboard
