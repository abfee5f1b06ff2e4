#include "findingsmodel.h"

#include "model/design.h"
#include "widgets/critique/explanationhtml.h"
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

void FindingsModel::reset(const std::vector<Finding>* findings, const FindingGroups* groups,
                          const Design* design, bool showAccepted,
                          const std::unordered_set<ElementId>* only) {
    beginResetModel();
    m_findings = findings;
    m_design = design;
    m_headings.clear();
    m_entries.clear();
    m_members.clear();
    // Causes by heading: the three severities, then accepted.
    constexpr std::size_t kAccepted = 3;
    std::array<std::vector<std::size_t>, 4> byHeading;
    for (std::size_t g = 0; findings && groups && g < groups->size(); ++g) {
        const Finding& lead = (*findings)[groups->members(g).front()];
        if (lead.accepted && !showAccepted)
            continue;
        byHeading[lead.accepted ? kAccepted : static_cast<std::size_t>(lead.severity)].push_back(g);
    }
    const std::array<QString, 4> names{tr("Errors"), tr("Warnings"), tr("Info"), tr("Accepted")};
    const auto shown = [only](const Finding& f) {
        return !only || only->contains(f.target) || (!f.cause.empty() && only->contains(f.cause));
    };
    for (std::size_t h = 0; h < byHeading.size(); ++h) {
        Heading heading{names[h], h == kAccepted, m_entries.size(), 0};
        for (const std::size_t g : byHeading[h]) {
            Entry entry{m_headings.size(), static_cast<std::uint32_t>(m_members.size()), 0};
            for (const std::uint32_t i : groups->members(g))
                if (shown((*findings)[i]))
                    m_members.push_back(i);
            entry.end = static_cast<std::uint32_t>(m_members.size());
            if (entry.size() > 0)
                m_entries.push_back(entry);
        }
        heading.end = m_entries.size();
        if (heading.end > heading.first)
            m_headings.push_back(std::move(heading));
    }
    endResetModel();
}

std::span<const std::uint32_t> FindingsModel::members(const Entry& entry) const {
    return std::span(m_members).subspan(entry.first, entry.size());
}

const FindingsModel::Entry* FindingsModel::entry(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kTopLevel || !m_findings)
        return nullptr;
    const quintptr id = index.internalId();
    if (id >= kMemberBase)
        return &m_entries[id - kMemberBase];
    const std::size_t at = m_headings[id - 1].first + static_cast<std::size_t>(index.row());
    return at < m_entries.size() ? &m_entries[at] : nullptr;
}

const Finding* FindingsModel::finding(const QModelIndex& index) const {
    const int i = findingIndex(index);
    return i >= 0 ? &(*m_findings)[static_cast<std::size_t>(i)] : nullptr;
}

int FindingsModel::findingIndex(const QModelIndex& index) const {
    const Entry* found = entry(index);
    if (!found)
        return -1;
    const auto rows = members(*found);
    const std::size_t row =
        index.internalId() >= kMemberBase ? static_cast<std::size_t>(index.row()) : 0;
    return row < rows.size() ? static_cast<int>(rows[row]) : -1;
}

std::vector<const Finding*> FindingsModel::findings(const QModelIndex& index) const {
    std::vector<const Finding*> out;
    if (isCauseRow(index)) {
        for (const std::uint32_t i : members(*entry(index)))
            out.push_back(&(*m_findings)[i]);
    } else if (const Finding* one = finding(index)) {
        out.push_back(one);
    }
    return out;
}

bool FindingsModel::isCauseRow(const QModelIndex& index) const {
    const Entry* found = entry(index);
    return found && index.internalId() < kMemberBase && found->size() > 1;
}

QModelIndex FindingsModel::indexOf(std::string_view rule, std::string_view target,
                                   bool cause) const {
    for (std::size_t e = 0; e < m_entries.size(); ++e) {
        const Entry& entry = m_entries[e];
        const auto rows = members(entry);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const Finding& finding = (*m_findings)[rows[r]];
            if (finding.rule != rule || finding.target != target)
                continue;
            if (entry.size() > 1 && !cause)
                return createIndex(static_cast<int>(r), TitleColumn, kMemberBase + e);
            const std::size_t row = e - m_headings[entry.heading].first;
            return createIndex(static_cast<int>(row), TitleColumn, quintptr(entry.heading + 1));
        }
    }
    return {};
}

bool FindingsModel::isAcceptedHeading(int row) const {
    return row >= 0 && row < headingCount() && m_headings[static_cast<std::size_t>(row)].accepted;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    if (parent.internalId() == kTopLevel)
        return createIndex(row, column, quintptr(parent.row() + 1));
    const std::size_t cause = static_cast<std::size_t>(entry(parent) - m_entries.data());
    return createIndex(row, column, kMemberBase + cause);
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    const quintptr id = child.internalId();
    if (id < kMemberBase)
        return createIndex(static_cast<int>(id - 1), TitleColumn, kTopLevel);
    const std::size_t cause = id - kMemberBase;
    const std::size_t heading = m_entries[cause].heading;
    return createIndex(static_cast<int>(cause - m_headings[heading].first), TitleColumn,
                       quintptr(heading + 1));
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return m_headings.empty() ? 1 : static_cast<int>(m_headings.size()); // or the empty row
    if (parent.column() != TitleColumn || m_headings.empty())
        return 0;
    if (parent.internalId() == kTopLevel) {
        const Heading& heading = m_headings[static_cast<std::size_t>(parent.row())];
        return static_cast<int>(heading.end - heading.first);
    }
    return isCauseRow(parent) ? static_cast<int>(entry(parent)->size()) : 0;
}

int FindingsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QString FindingsModel::nameOf(const ElementId& id) const {
    return toQString(findingNameOf(*m_design, id));
}

QString FindingsModel::targetLabel(const Finding& finding) const {
    return finding.target.empty() ? tr("Whole design") : nameOf(finding.target);
}

QVariant FindingsModel::causeData(const Entry& entry, int column, int role) const {
    const auto rows = members(entry);
    const Finding& lead = (*m_findings)[rows.front()];
    const int count = static_cast<int>(rows.size());
    if (role == MemberCountRole)
        return count;
    if (column == TargetColumn) {
        if (role == Qt::DisplayRole)
            return nameOf(lead.cause);
        if (role == Qt::ToolTipRole)
            return tr("Cause: %1\nId: %2").arg(nameOf(lead.cause), toQString(lead.cause));
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(toQString(lead.title())).arg(count);
    case Qt::DecorationRole:
        return m_icons[static_cast<std::size_t>(lead.severity)];
    case Qt::ToolTipRole: {
        QStringList names;
        for (const std::uint32_t i : rows)
            names.append(targetLabel((*m_findings)[i]));
        return tr("One cause, %1, behind %n finding(s): %2", nullptr, count)
            .arg(nameOf(lead.cause), names.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

QVariant FindingsModel::findingData(const Finding& found, int column, int role, bool member) const {
    if (role == MemberCountRole)
        return 1;
    if (column == TitleColumn) {
        switch (role) {
        case Qt::DisplayRole:
            // Under its cause the title is said once: each row names its target.
            return member ? targetLabel(found) : toQString(found.title());
        case Qt::DecorationRole:
            return member ? QVariant()
                          : QVariant(m_icons[static_cast<std::size_t>(found.severity)]);
        case Qt::ToolTipRole:
            return toQString(found.message);
        default:
            return {};
        }
    }
    if (member)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return targetLabel(found);
    case Qt::ToolTipRole:
        return found.target.empty()
                   ? QVariant()
                   : QVariant(tr("%1\nId: %2").arg(targetLabel(found), toQString(found.target)));
    default:
        return {};
    }
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel) {
        if (role == FindingIndexRole)
            return -1;
        if (index.column() != TitleColumn)
            return {};
        if (m_headings.empty())
            return role == Qt::DisplayRole
                       ? QVariant(tr("No findings: nothing for the critic to question."))
                       : QVariant();
        const Heading& heading = m_headings[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(heading.heading).arg(heading.end - heading.first);
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
    if (isCauseRow(index))
        return causeData(*entry(index), index.column(), role);
    return findingData(*found, index.column(), role, index.internalId() >= kMemberBase);
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Finding") : tr("On");
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kTopLevel && m_headings.empty())
        return Qt::ItemIsEnabled; // the empty-list row is not selectable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace archboard
