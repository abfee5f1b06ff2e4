#pragma once

#include "critique/finding.h"
#include "model/elementid.h"

#include <QStringList>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace archboard {

// What the critic says about one element, as the canvas draws it: a badge in
// the colour of the worst open finding with their count, and the findings by
// title in the tooltip. Accepted findings mark nothing.
struct FindingMark {
    int count = 0;
    Severity worst = Severity::Info;
    QStringList lines; // one per open finding: "Title: message"

    bool operator==(const FindingMark&) const = default;
};

// The marks of every element with open findings, and the elements the
// current finding highlights. The scene owns one; its items read it when
// they paint (never a copy per item).
class FindingMarks {
public:
    using Map = std::unordered_map<ElementId, FindingMark>;

    // One mark per target of an open finding (not the whole design's).
    static Map fromFindings(std::span<const Finding> findings);

    const FindingMark* mark(const ElementId& id) const;
    bool isHighlighted(const ElementId& id) const { return m_highlighted.contains(id); }
    const std::unordered_set<ElementId>& highlighted() const { return m_highlighted; }

    // The elements whose mark `marks` would change, to repaint only those.
    std::vector<ElementId> changes(const Map& marks) const;
    void assign(Map marks) { m_marks = std::move(marks); }
    // Returns the elements whose highlight changed.
    std::vector<ElementId> setHighlighted(std::span<const ElementId> ids);

private:
    Map m_marks;
    std::unordered_set<ElementId> m_highlighted;
};

} // namespace archboard
