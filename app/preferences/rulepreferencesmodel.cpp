#include "rulepreferencesmodel.h"

#include "critique/rulecatalogue.h"
#include "critique/ruleregistry.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <QApplication>
#include <QStyle>

namespace archboard {

namespace {

bool contains(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

QString capitalized(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

RulePreferencesModel::RulePreferencesModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_choices(allRules().size()) {
    const QStyle* style = QApplication::style();
    m_icons = {style->standardIcon(QStyle::SP_MessageBoxCritical),
               style->standardIcon(QStyle::SP_MessageBoxWarning),
               style->standardIcon(QStyle::SP_MessageBoxInformation)};
}

QString RulePreferencesModel::severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

const Rule& RulePreferencesModel::rule(int row) const {
    return *allRules()[static_cast<std::size_t>(row)];
}

int RulePreferencesModel::rowOf(std::string_view id) const {
    const auto rules = allRules();
    const auto it = std::find_if(rules.begin(), rules.end(),
                                 [id](const Rule* rule) { return rule->id() == id; });
    return it == rules.end() ? -1 : static_cast<int>(it - rules.begin());
}

void RulePreferencesModel::load(const CritiqueOptions& preferences) {
    beginResetModel();
    for (int row = 0; row < rowCount(); ++row) {
        const std::string_view id = rule(row).id();
        Choice& choice = m_choices[static_cast<std::size_t>(row)];
        choice.enabled = !contains(preferences.userDisabled, id);
        const auto it = preferences.userSeverity.find(id);
        choice.severity =
            it == preferences.userSeverity.end() ? std::nullopt : std::optional(it->second);
    }
    endResetModel();
}

void RulePreferencesModel::setDesignSettings(const CritiqueSettings& settings) {
    m_design = settings;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, DesignColumn), index(rowCount() - 1, DesignColumn));
}

CritiqueOptions RulePreferencesModel::options() const {
    CritiqueOptions options;
    for (int row = 0; row < rowCount(); ++row) {
        const Choice& choice = m_choices[static_cast<std::size_t>(row)];
        const std::string id(rule(row).id());
        if (!choice.enabled)
            options.userDisabled.push_back(id);
        if (choice.severity)
            options.userSeverity.emplace(id, *choice.severity);
    }
    return options;
}

void RulePreferencesModel::resetToDefaults() {
    bool any = false;
    for (int row = 0; row < rowCount(); ++row)
        if (m_choices[static_cast<std::size_t>(row)] != Choice{}) {
            m_choices[static_cast<std::size_t>(row)] = Choice{};
            changed(row, RuleColumn, SeverityColumn);
            any = true;
        }
    if (any)
        Q_EMIT choicesChanged();
}

void RulePreferencesModel::setEnabled(int row, bool enabled) {
    Choice& choice = m_choices[static_cast<std::size_t>(row)];
    if (choice.enabled == enabled)
        return;
    choice.enabled = enabled;
    changed(row, RuleColumn, SeverityColumn);
    Q_EMIT choicesChanged();
}

void RulePreferencesModel::setSeverity(int row, std::optional<Severity> severity) {
    Choice& choice = m_choices[static_cast<std::size_t>(row)];
    if (choice.severity == severity)
        return;
    choice.severity = severity;
    changed(row, SeverityColumn, SeverityColumn);
    Q_EMIT choicesChanged();
}

void RulePreferencesModel::changed(int row, int firstColumn, int lastColumn) {
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

int RulePreferencesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_choices.size());
}

int RulePreferencesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : DesignColumn + 1;
}

QVariant RulePreferencesModel::designText(int row) const {
    const std::string id(rule(row).id());
    if (contains(m_design.disabled, id))
        return tr("Off");
    if (const auto it = m_design.severity.find(id); it != m_design.severity.end())
        return severityName(it->second);
    return {};
}

QString RulePreferencesModel::sortKey(int row, int column) const {
    const Rule& r = rule(row);
    const Choice& choice = m_choices[static_cast<std::size_t>(row)];
    QString key;
    switch (column) {
    case CategoryColumn:
        key = toQString(r.category());
        break;
    case DefaultColumn:
        key = QString::number(static_cast<int>(r.defaultSeverity()));
        break;
    case SeverityColumn:
        key = QString::number(choice.severity ? static_cast<int>(*choice.severity) : -1);
        break;
    case DesignColumn:
        key = designText(row).toString();
        break;
    default:
        break;
    }
    return key + QLatin1Char('\n') + toQString(r.title());
}

QVariant RulePreferencesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int row = index.row();
    if (role == SortRole)
        return sortKey(row, index.column());
    const Rule& r = rule(row);
    const Choice& choice = m_choices[static_cast<std::size_t>(row)];
    if (role == RuleIdRole)
        return toQString(r.id());
    if (role == SearchRole)
        return QStringList{toQString(r.id()), toQString(r.title()), toQString(r.category())}.join(
            QLatin1Char(' '));
    if (role == Qt::ToolTipRole) {
        const RuleText* text = RuleCatalogue::builtIn().text(r.id());
        QString tip = QStringLiteral("<p><b>%1</b> <code>%2</code></p>")
                          .arg(toQString(r.title()).toHtmlEscaped(), toQString(r.id()));
        if (text)
            tip += QStringLiteral("<p>%1</p>").arg(toQString(text->why).toHtmlEscaped());
        if (index.column() == DesignColumn && designText(row).isValid())
            tip += tr("<p>The open design sets this rule itself, and a design's own settings "
                      "win over yours.</p>");
        return tip;
    }
    switch (index.column()) {
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return toQString(r.title());
        if (role == Qt::CheckStateRole)
            return choice.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return choice.enabled ? tr("%1, on").arg(toQString(r.title()))
                                  : tr("%1, off").arg(toQString(r.title()));
        break;
    case CategoryColumn:
        if (role == Qt::DisplayRole)
            return capitalized(toQString(r.category()));
        break;
    case DefaultColumn:
        if (role == Qt::DisplayRole)
            return severityName(r.defaultSeverity());
        if (role == Qt::DecorationRole)
            return m_icons[static_cast<std::size_t>(r.defaultSeverity())];
        break;
    case SeverityColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return choice.severity ? severityName(*choice.severity) : tr("Default");
        if (role == Qt::DecorationRole && choice.severity)
            return m_icons[static_cast<std::size_t>(*choice.severity)];
        if (role == SeverityChoiceRole || role == Qt::EditRole)
            return choice.severity ? static_cast<int>(*choice.severity) : -1;
        break;
    case DesignColumn:
        if (role == Qt::DisplayRole)
            return designText(row);
        break;
    default:
        break;
    }
    return {};
}

bool RulePreferencesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid())
        return false;
    if (index.column() == RuleColumn && role == Qt::CheckStateRole) {
        setEnabled(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    if (index.column() == SeverityColumn && (role == Qt::EditRole || role == SeverityChoiceRole)) {
        const int choice = value.toInt();
        setSeverity(index.row(), choice < 0 || choice > static_cast<int>(Severity::Info)
                                     ? std::nullopt
                                     : std::optional(static_cast<Severity>(choice)));
        return true;
    }
    return false;
}

Qt::ItemFlags RulePreferencesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == RuleColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == SeverityColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RulePreferencesModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case CategoryColumn:
        return tr("Category");
    case DefaultColumn:
        return tr("Default");
    case SeverityColumn:
        return tr("My Severity");
    case DesignColumn:
        return tr("This Design");
    default:
        return {};
    }
}

} // namespace archboard
