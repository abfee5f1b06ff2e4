#pragma once

#include "critique/finding.h"
#include "critique/findinggroups.h"

#include <array>
#include <QAbstractItemModel>
#include <QIcon>
#include <span>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace archboard {

class Design;

// The critic's findings as a tree for the Critique dock: a heading per
// severity (and one for accepted findings), over one row per cause
// (FindingGroups). A cause with several targets expands to a row per target.
// A view asks only for the rows it shows, so a design with tens of thousands
// of findings costs a few integer arrays per run, not a widget item per
// finding.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, TargetColumn, ColumnCount };
    enum Role {
        FindingIndexRole = Qt::UserRole, // int: index into the findings (a cause's first);
                                         // -1 on other rows
        MemberCountRole,                 // int: findings a row stands for
    };

    explicit FindingsModel(QObject* parent = nullptr);

    // Shows `findings` (which, like `groups`, must outlive the next reset)
    // about `design`. With `only`, just the findings whose target or cause is
    // one of those elements.
    void reset(const std::vector<Finding>* findings, const FindingGroups* groups,
               const Design* design, bool showAccepted,
               const std::unordered_set<ElementId>* only = nullptr);

    // The finding a row shows (a cause's first); null for headings and the
    // empty-list row.
    const Finding* finding(const QModelIndex& index) const;
    int findingIndex(const QModelIndex& index) const;
    // The findings a row stands for: one, or a cause's shown ones.
    std::vector<const Finding*> findings(const QModelIndex& index) const;
    bool isCauseRow(const QModelIndex& index) const;
    // The row of a finding; with `cause`, the row of its cause when that
    // has several.
    QModelIndex indexOf(std::string_view rule, std::string_view target, bool cause = false) const;
    // The headings, in order, for expanding them.
    int headingCount() const { return static_cast<int>(m_headings.size()); }
    bool isAcceptedHeading(int row) const;
    // How many causes the model shows (for tests and the summary).
    std::size_t causeCount() const { return m_entries.size(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Heading {
        QString heading;
        bool accepted = false;
        std::size_t first = 0, end = 0; // its causes in m_entries
    };
    // One cause: its shown findings in m_members.
    struct Entry {
        std::size_t heading = 0;
        std::uint32_t first = 0, end = 0;
        std::size_t size() const { return end - first; }
    };
    // Internal ids: 0 for headings, 1 + the heading for a cause's row, and
    // kMemberBase + the cause for the rows of its findings.
    static constexpr quintptr kTopLevel = 0;
    static constexpr quintptr kMemberBase = 16;

    const Entry* entry(const QModelIndex& index) const;
    std::span<const std::uint32_t> members(const Entry& entry) const;
    QString nameOf(const ElementId& id) const;
    QString targetLabel(const Finding& finding) const;
    QVariant causeData(const Entry& entry, int column, int role) const;
    QVariant findingData(const Finding& found, int column, int role, bool member) const;

    const std::vector<Finding>* m_findings = nullptr;
    const Design* m_design = nullptr;
    std::vector<Heading> m_headings;      // only those with findings; empty when there are none
    std::vector<Entry> m_entries;         // causes, heading by heading
    std::vector<std::uint32_t> m_members; // findings, cause by cause
    std::array<QIcon, 3> m_icons;         // by Severity
};

} // namespace archboard
