#pragma once

#include "critique/critic.h"
#include "model/critiquesettings.h"

#include <array>
#include <optional>
#include <QAbstractTableModel>
#include <QIcon>
#include <vector>

namespace archboard {

class Rule;

// Every rule of the catalogue with the user's choices for it, as the
// Preferences dialog edits them: on or off, and a severity of the user's own
// (none: the rule's default). The choices stay here until options() is
// applied, so Cancel leaves the preferences as they were. The design's own
// settings are shown beside them, since they win.
class RulePreferencesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RuleColumn, CategoryColumn, DefaultColumn, SeverityColumn, DesignColumn };
    // The rule's id, title and category in one string, for the filter.
    static constexpr int SearchRole = Qt::UserRole + 1;
    // The rule's id.
    static constexpr int RuleIdRole = Qt::UserRole + 2;
    // SeverityColumn's choice: -1 for the rule's default, else a Severity.
    static constexpr int SeverityChoiceRole = Qt::UserRole + 3;
    // What a column sorts by: its value, then the rule's title.
    static constexpr int SortRole = Qt::UserRole + 4;

    explicit RulePreferencesModel(QObject* parent = nullptr);

    // The user's preferences to edit, and the open design's settings.
    void load(const CritiqueOptions& preferences);
    void setDesignSettings(const CritiqueSettings& settings);
    // The choices as preferences: userDisabled and userSeverity.
    CritiqueOptions options() const;
    // Every rule on, at its default severity.
    void resetToDefaults();

    // The row of a rule id, or -1.
    int rowOf(std::string_view rule) const;
    bool isEnabled(int row) const { return m_choices[static_cast<std::size_t>(row)].enabled; }
    std::optional<Severity> severity(int row) const {
        return m_choices[static_cast<std::size_t>(row)].severity;
    }
    void setEnabled(int row, bool enabled);
    void setSeverity(int row, std::optional<Severity> severity);

    static QString severityName(Severity severity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // A choice changed by the user or by resetToDefaults().
    void choicesChanged();

private:
    struct Choice {
        bool enabled = true;
        std::optional<Severity> severity;
        bool operator==(const Choice&) const = default;
    };

    const Rule& rule(int row) const;
    QVariant designText(int row) const;
    QString sortKey(int row, int column) const;
    void changed(int row, int firstColumn, int lastColumn);

    std::vector<Choice> m_choices; // one per rule, in allRules() order
    CritiqueSettings m_design;
    std::array<QIcon, 3> m_icons; // by Severity
};

} // namespace archboard
