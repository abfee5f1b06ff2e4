#include "findinggroups.h"

#include <functional>
#include <string_view>

namespace archboard {

void FindingGroups::assign(std::span<const Finding> findings) {
    const std::size_t count = findings.size();
    m_groupOf.resize(count);
    // Causes are looked up in a table of their own rather than a node-based
    // map: large designs name tens of thousands of causes, and a map would
    // allocate and free a node for each on every run.
    std::size_t capacity = 16;
    while (capacity < 2 * count)
        capacity *= 2;
    if (m_slots.size() != capacity)
        m_slots.assign(capacity, {0, 0});
    const std::size_t mask = capacity - 1;
    const auto forget = [this] {
        for (const std::uint32_t slot : m_used)
            m_slots[slot] = {0, 0};
        m_used.clear();
    };
    // Findings come by severity, then rule: one rule's findings of one
    // severity are adjacent, so causes are looked up only among them.
    std::uint32_t groups = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const Finding& finding = findings[i];
        if (i > 0 &&
            (finding.severity != findings[i - 1].severity || finding.rule != findings[i - 1].rule))
            forget();
        if (finding.cause.empty()) {
            m_groupOf[i] = groups++;
            continue;
        }
        // Open and accepted findings with one cause are separate groups.
        std::size_t slot = std::hash<std::string_view>{}(finding.cause) & mask;
        while (m_slots[slot].first != 0) {
            const Finding& seen = findings[m_slots[slot].first - 1];
            if (seen.accepted == finding.accepted && seen.cause == finding.cause)
                break;
            slot = (slot + 1) & mask;
        }
        if (m_slots[slot].first == 0) {
            m_slots[slot] = {static_cast<std::uint32_t>(i + 1), groups++};
            m_used.push_back(static_cast<std::uint32_t>(slot));
        }
        m_groupOf[i] = m_slots[slot].second;
    }
    forget();
    // A counting sort by group keeps each group's members in finding order.
    m_starts.assign(groups + 1, 0);
    for (const std::uint32_t group : m_groupOf)
        ++m_starts[group + 1];
    for (std::size_t g = 1; g < m_starts.size(); ++g)
        m_starts[g] += m_starts[g - 1];
    m_members.resize(count);
    m_next.assign(m_starts.begin(), m_starts.end() - 1);
    for (std::uint32_t i = 0; i < count; ++i)
        m_members[m_next[m_groupOf[i]]++] = i;
}

std::string groupKey(const Finding& finding) {
    const std::string& about = finding.cause.empty() ? finding.target : finding.cause;
    std::string key(finding.rule);
    if (!about.empty())
        key.append(1, '@').append(about);
    return key;
}

} // namespace archboard
