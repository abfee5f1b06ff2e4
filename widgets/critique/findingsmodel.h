#pragma once

#include "critique/finding.h"

#include <array>
#include <QAbstractItemModel>
#include <QIcon>
#include <string_view>
#include <vector>

namespace archboard {

class Design;

// The critic's findings as a two-level tree for the Critique dock: a heading
// per severity (and one for accepted findings), each over its findings. A
// view asks only for the rows it shows, so a design with tens of thousands of
// findings costs a few integer arrays per run, not a widget item per finding.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, TargetColumn, ColumnCount };
    enum Role {
        FindingIndexRole = Qt::UserRole, // int: index into the findings; -1 on other rows
    };

    explicit FindingsModel(QObject* parent = nullptr);

    // Shows `findings` (which must outlive the next reset) about `design`.
    void reset(const std::vector<Finding>* findings, const Design* design, bool showAccepted);

    // The finding a row shows; null for headings and the empty-list row.
    const Finding* finding(const QModelIndex& index) const;
    int findingIndex(const QModelIndex& index) const;
    QModelIndex indexOf(std::string_view rule, std::string_view target) const;
    // The headings, in order, for expanding them.
    int headingCount() const { return static_cast<int>(m_groups.size()); }
    bool isAcceptedHeading(int row) const;

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
        std::vector<int> rows; // indices into the findings
    };
    // Internal ids: 0 for top-level rows, else 1 + the group of a finding row.
    static constexpr quintptr kTopLevel = 0;

    QString targetLabel(const Finding& finding) const;

    const std::vector<Finding>* m_findings = nullptr;
    const Design* m_design = nullptr;
    std::vector<Heading> m_groups; // only groups with findings; empty when there are none
    std::array<QIcon, 3> m_icons;  // by Severity
};

} // namespace archboard
