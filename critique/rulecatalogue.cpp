#include "rulecatalogue.h"

#include "critique/embedded.h"
#include "critique/technologycatalogue.h"
#include "model/critiquesettings.h"
#include "model/json.h"

#include <algorithm>
#include <array>

namespace archboard {

namespace {

constexpr std::array kFields{"id", "title", "why", "fix", "follow_up"};
constexpr std::string_view kFixes = "fixes";

bool isFixKey(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(),
                                       [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

// `fixes`: an object of key → fix text, both non-empty, kept sorted by key.
std::vector<std::pair<std::string, std::string>>
readFixes(const Json& entry, const std::string& where, std::vector<std::string>& problems) {
    std::vector<std::pair<std::string, std::string>> fixes;
    const auto it = entry.find(kFixes);
    if (it == entry.end())
        return fixes;
    if (!it->is_object()) {
        problems.push_back(where + ".fixes: expected an object");
        return fixes;
    }
    for (const auto& [key, value] : it->items()) {
        if (!isFixKey(key))
            problems.push_back(where + ".fixes." + key + ": expected a key of a-z and _");
        else if (!value.is_string() || trimmed(value.get_ref<const std::string&>()).empty())
            problems.push_back(where + ".fixes." + key + ": expected a non-empty string");
        else
            fixes.emplace_back(key, value.get<std::string>());
    }
    std::sort(fixes.begin(), fixes.end());
    return fixes;
}

std::optional<RuleText> readText(const Json& entry, const std::string& where,
                                 std::vector<std::string>& problems) {
    if (!entry.is_object()) {
        problems.push_back(where + ": expected an object");
        return std::nullopt;
    }
    const std::size_t before = problems.size();
    for (const auto& [key, value] : entry.items())
        if (std::find(kFields.begin(), kFields.end(), key) == kFields.end() && key != kFixes)
            problems.push_back(where + "." + key + ": unknown key");
    std::array<std::string, kFields.size()> values;
    for (std::size_t i = 0; i < kFields.size(); ++i) {
        const auto it = entry.find(kFields[i]);
        if (it == entry.end() || !it->is_string() ||
            trimmed(it->get_ref<const std::string&>()).empty())
            problems.push_back(where + "." + kFields[i] + ": expected a non-empty string");
        else
            values[i] = it->get<std::string>();
    }
    if (!values[0].empty() && !isValidRuleId(values[0]))
        problems.push_back(where + ".id: not a rule id: " + values[0]);
    auto fixes = readFixes(entry, where, problems);
    if (problems.size() != before)
        return std::nullopt;
    return RuleText{values[0], values[1], values[2], values[3], values[4], std::move(fixes)};
}

} // namespace

RuleCatalogue RuleCatalogue::parse(std::string_view json, std::vector<std::string>& problems) {
    RuleCatalogue catalogue;
    const Json root = Json::parse(json, nullptr, false);
    const auto format = root.is_object() ? root.find("format") : root.end();
    if (!root.is_object() || format == root.end() || !format->is_number_integer() || *format != 1) {
        problems.push_back("rule catalogue: expected an object with \"format\": 1");
        return catalogue;
    }
    const auto rules = root.find("rules");
    if (rules == root.end() || !rules->is_array()) {
        problems.push_back("rules: expected an array");
        return catalogue;
    }
    for (std::size_t i = 0; i < rules->size(); ++i) {
        const std::string where = "rules[" + std::to_string(i) + "]";
        if (auto text = readText((*rules)[i], where, problems)) {
            if (!catalogue.m_texts.empty() && catalogue.m_texts.back().id >= text->id)
                problems.push_back(where + ".id: " + text->id + " is out of order or repeated");
            catalogue.m_texts.push_back(std::move(*text));
        }
    }
    if (!problems.empty())
        catalogue = {};
    return catalogue;
}

const RuleCatalogue& RuleCatalogue::builtIn() {
    static const RuleCatalogue catalogue = [] {
        std::vector<std::string> problems;
        return parse(embedded::ruleCatalogueJson(), problems);
    }();
    return catalogue;
}

namespace {

const std::string* findFix(const std::vector<std::pair<std::string, std::string>>& fixes,
                           std::string_view key) {
    const auto it = std::lower_bound(fixes.begin(), fixes.end(), key,
                                     [](const std::pair<std::string, std::string>& fix,
                                        std::string_view k) { return fix.first < k; });
    return it != fixes.end() && it->first == key ? &it->second : nullptr;
}

} // namespace

std::string_view RuleText::fixFor(std::string_view key) const {
    const std::string* variant = key.empty() ? nullptr : findFix(fixes, key);
    return variant ? std::string_view(*variant) : std::string_view(fix);
}

bool RuleText::hasFixFor(std::string_view key) const {
    return !key.empty() && findFix(fixes, key) != nullptr;
}

const RuleText* RuleCatalogue::text(std::string_view ruleId) const {
    const auto it =
        std::lower_bound(m_texts.begin(), m_texts.end(), ruleId,
                         [](const RuleText& text, std::string_view id) { return text.id < id; });
    return it != m_texts.end() && it->id == ruleId ? &*it : nullptr;
}

} // namespace archboard
