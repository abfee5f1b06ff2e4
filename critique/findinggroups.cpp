#include "findinggroups.h"

#include <string_view>
#include <unordered_map>

namespace archboard {

void FindingGroups::assign(std::span<const Finding> findings) {
    const std::size_t count = findings.size();
    m_groupOf.resize(count);
    // Findings come by severity, then rule: one rule's findings of one
    // severity are adjacent, so causes are looked up only among them.
    std::unordered_map<std::string_view, std::uint32_t> open, accepted;
    std::uint32_t groups = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const Finding& finding = findings[i];
        if (i > 0 && (finding.severity != findings[i - 1].severity ||
                      finding.rule != findings[i - 1].rule)) {
            // clear() wipes every bucket, even of an empty table: most rules
            // name no cause, so only tables in use are cleared.
            if (!open.empty())
                open.clear();
            if (!accepted.empty())
                accepted.clear();
        }
        if (finding.cause.empty()) {
            m_groupOf[i] = groups++;
            continue;
        }
        auto& causes = finding.accepted ? accepted : open;
        const auto [it, added] = causes.try_emplace(finding.cause, groups);
        if (added)
            ++groups;
        m_groupOf[i] = it->second;
    }
    // A counting sort by group keeps each group's members in finding order.
    m_starts.assign(groups + 1, 0);
    for (const std::uint32_t group : m_groupOf)
        ++m_starts[group + 1];
    for (std::size_t g = 1; g < m_starts.size(); ++g)
        m_starts[g] += m_starts[g - 1];
    m_members.resize(count);
    std::vector<std::uint32_t> next(m_starts.begin(), m_starts.end() - 1);
    for (std::uint32_t i = 0; i < count; ++i)
        m_members[next[m_groupOf[i]]++] = i;
}

std::string groupKey(const Finding& finding) {
    const std::string& about = finding.cause.empty() ? finding.target : finding.cause;
    std::string key(finding.rule);
    if (!about.empty())
        key.append(1, '@').append(about);
    return key;
}

} // namespace archboard
