#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace archboard {

class DesignDocument;
class RulePreferencesModel;

// Preferences ▸ Critic: every rule with the user's own choice to run it and
// at which severity, a filter, and a way back to the defaults. Nothing is
// stored until apply().
class CritiquePage : public QWidget {
    Q_OBJECT

public:
    // `document`, if any, is the open design, whose own settings are shown.
    explicit CritiquePage(const DesignDocument* document, QWidget* parent = nullptr);

    RulePreferencesModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }

    // The choices differ from the stored preferences.
    bool hasChanges() const;
    // Stores the choices; the critic of every open design re-runs.
    void apply();

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Opens the combo box of `index`'s row, and its list if `showChoices`.
    void editSeverity(const QModelIndex& index, bool showChoices);
    void updateCount();

    RulePreferencesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_view;
    QLabel* m_count;
    QPushButton* m_reset;
};

} // namespace archboard
