#pragma once

#include "critique/finding.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace archboard {

// One finding per cause: findings of one rule, one severity and one state
// (open or accepted) that name the same cause are one group, which people
// read as one problem (a caller with seven untimed calls); a finding without
// a cause is a group of its own. Groups keep the findings' order (findingLess)
// by their first member, and members keep it among themselves.
// Linear in the findings: the app regroups after every run of the critic.
class FindingGroups {
public:
    FindingGroups() = default;
    explicit FindingGroups(std::span<const Finding> findings) { assign(findings); }
    void assign(std::span<const Finding> findings);

    std::size_t size() const { return m_starts.empty() ? 0 : m_starts.size() - 1; }
    // Indices into the findings, in their order; the first is the group's lead.
    std::span<const std::uint32_t> members(std::size_t group) const {
        return std::span(m_members).subspan(m_starts[group], m_starts[group + 1] - m_starts[group]);
    }
    std::uint32_t groupOf(std::size_t finding) const { return m_groupOf[finding]; }

private:
    std::vector<std::uint32_t> m_groupOf; // by finding
    std::vector<std::uint32_t> m_members; // findings, group by group
    std::vector<std::uint32_t> m_starts;  // where each group begins in m_members, then the end
    // Working memory, kept for the next assign: causes seen in the current
    // rule's findings, as an open-addressing table of (finding + 1, group)
    // whose used slots are listed for clearing; and the counting sort's
    // next free place per group.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_slots;
    std::vector<std::uint32_t> m_used, m_next;
};

// The group a finding belongs to, as the outputs write it (docs/spec/cli.md):
// `rule@cause`, else `rule@target`, else `rule` for the whole design.
std::string groupKey(const Finding& finding);

} // namespace archboard
