#include "findingmarks.h"

#include "widgets/stringconvert.h"

#include <QObject>

namespace archboard {

FindingMarks::Map FindingMarks::fromFindings(std::span<const Finding> findings) {
    Map marks;
    for (const Finding& finding : findings) {
        if (finding.accepted || finding.target.empty())
            continue;
        FindingMark& mark = marks[finding.target];
        // Findings come error first, so the first one is the worst.
        if (mark.count++ == 0)
            mark.worst = finding.severity;
        mark.lines.append(
            QObject::tr("%1: %2").arg(toQString(finding.title()), toQString(finding.message)));
    }
    return marks;
}

const FindingMark* FindingMarks::mark(const ElementId& id) const {
    const auto it = m_marks.find(id);
    return it == m_marks.end() ? nullptr : &it->second;
}

std::vector<ElementId> FindingMarks::changes(const Map& marks) const {
    std::vector<ElementId> changed;
    for (const auto& [id, mark] : m_marks) {
        const auto next = marks.find(id);
        if (next == marks.end() || !(next->second == mark))
            changed.push_back(id);
    }
    for (const auto& [id, mark] : marks)
        if (!m_marks.contains(id))
            changed.push_back(id);
    return changed;
}

std::vector<ElementId> FindingMarks::setHighlighted(std::span<const ElementId> ids) {
    std::unordered_set<ElementId> next(ids.begin(), ids.end());
    std::vector<ElementId> changed;
    for (const ElementId& id : m_highlighted)
        if (!next.contains(id))
            changed.push_back(id);
    for (const ElementId& id : next)
        if (!m_highlighted.contains(id))
            changed.push_back(id);
    m_highlighted = std::move(next);
    return changed;
}

} // namespace archboard
