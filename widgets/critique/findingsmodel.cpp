#include "findingsmodel.h"

#include "model/design.h"
#include "widgets/stringconvert.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace archboard {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractItemModel(parent) {
    const QStyle* style = QApplication::style();
    m_icons = {style->standardIcon(QStyle::SP_MessageBoxCritical),
               style->standardIcon(QStyle::SP_MessageBoxWarning),
               style->standardIcon(QStyle::SP_MessageBoxInformation)};
}

void FindingsModel::reset(const std::vector<Finding>* findings, const Design* design,
                          bool showAccepted) {
    beginResetModel();
    m_findings = findings;
    m_design = design;
    m_groups.clear();
    std::array<Heading, 4> groups{
        Heading{tr("Errors"), false, {}}, Heading{tr("Warnings"), false, {}},
        Heading{tr("Info"), false, {}}, Heading{tr("Accepted"), true, {}}};
    for (std::size_t i = 0; findings && i < findings->size(); ++i) {
        const Finding& finding = (*findings)[i];
        if (finding.accepted) {
            if (showAccepted)
                groups[3].rows.push_back(static_cast<int>(i));
        } else {
            groups[static_cast<std::size_t>(finding.severity)].rows.push_back(static_cast<int>(i));
        }
    }
    for (Heading& group : groups)
        if (!group.rows.empty())
            m_groups.push_back(std::move(group));
    endResetModel();
}

const Finding* FindingsModel::finding(const QModelIndex& index) const {
    const int i = findingIndex(index);
    return i >= 0 ? &(*m_findings)[static_cast<std::size_t>(i)] : nullptr;
}

int FindingsModel::findingIndex(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kTopLevel || !m_findings)
        return -1;
    const auto& rows = m_groups[index.internalId() - 1].rows;
    return index.row() < static_cast<int>(rows.size()) ? rows[static_cast<std::size_t>(index.row())]
                                                       : -1;
}

QModelIndex FindingsModel::indexOf(std::string_view rule, std::string_view target) const {
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto& rows = m_groups[g].rows;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const Finding& finding = (*m_findings)[static_cast<std::size_t>(rows[r])];
            if (finding.rule == rule && finding.target == target)
                return createIndex(static_cast<int>(r), TitleColumn, quintptr(g + 1));
        }
    }
    return {};
}

bool FindingsModel::isAcceptedHeading(int row) const {
    return row >= 0 && row < headingCount() && m_groups[static_cast<std::size_t>(row)].accepted;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), TitleColumn, kTopLevel);
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return m_groups.empty() ? 1 : static_cast<int>(m_groups.size()); // or the empty-list row
    if (parent.internalId() != kTopLevel || parent.column() != TitleColumn || m_groups.empty())
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].rows.size());
}

int FindingsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QString FindingsModel::targetLabel(const Finding& finding) const {
    if (finding.target.empty())
        return tr("Whole design");
    const ElementId& id = finding.target;
    std::string name;
    if (const Component* component = m_design->component(id))
        name = component->name;
    else if (const Connection* connection = m_design->connection(id))
        name = connection->label;
    else if (const Group* group = m_design->group(id))
        name = group->name;
    return name.empty() ? toQString(id) : toQString(name);
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel) {
        if (role == FindingIndexRole)
            return -1;
        if (index.column() != TitleColumn)
            return {};
        if (m_groups.empty())
            return role == Qt::DisplayRole
                       ? QVariant(tr("No findings: nothing for the critic to question."))
                       : QVariant();
        const Heading& group = m_groups[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(group.heading).arg(group.rows.size());
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const Finding* found = finding(index);
    if (!found)
        return {};
    if (role == FindingIndexRole)
        return findingIndex(index);
    if (index.column() == TitleColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return toQString(found->title());
        case Qt::DecorationRole:
            return m_icons[static_cast<std::size_t>(found->severity)];
        case Qt::ToolTipRole:
            return toQString(found->message);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return targetLabel(*found);
    case Qt::ToolTipRole:
        return found->target.empty()
                   ? QVariant()
                   : QVariant(tr("%1\nId: %2").arg(targetLabel(*found), toQString(found->target)));
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Finding") : tr("On");
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kTopLevel && m_groups.empty())
        return Qt::ItemIsEnabled; // the empty-list row is not selectable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace archboard
