#pragma once

#include "app/appearance.h"

#include <QDialog>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace archboard {

class CritiquePage;
class DesignDocument;

// Edit ▸ Preferences: the user's own settings, on four pages. Critic (which
// rules run and how severe they are, CritiquePreferences), General (the author
// name versions carry), Canvas (the grid) and Appearance (Preferences). OK
// and Apply store them and every window follows at once; Cancel forgets what
// was not applied.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    enum class Page { Critic, General, Canvas, Appearance };

    // `document`, if any, is the open design: the Critic page shows its own
    // settings beside the user's.
    explicit PreferencesDialog(const DesignDocument* document, QWidget* parent = nullptr);

    // Shows a new dialog over `parent`, deleted when closed, or brings
    // forward the one already open there: one at a time.
    static PreferencesDialog* showFor(const DesignDocument* document, QWidget* parent);

    void showPage(Page page);

    CritiquePage* critiquePage() const { return m_critique; }
    QLineEdit* authorField() const { return m_author; }
    QSpinBox* gridSizeField() const { return m_gridSize; }
    QCheckBox* showGridBox() const { return m_showGrid; }
    QCheckBox* snapBox() const { return m_snap; }
    QAbstractButton* appearanceButton(Appearance appearance) const;
    QDialogButtonBox* buttons() const { return m_buttons; }

    // What differs from the stored preferences.
    bool hasChanges() const;

public Q_SLOTS:
    void apply();
    void accept() override;

private:
    QWidget* makeGeneralPage();
    QWidget* makeCanvasPage();
    QWidget* makeAppearancePage();
    // A check box of the Canvas page; toggling it updates Apply.
    QCheckBox* checkBox(const QString& text, const char* objectName, bool checked, QWidget* page);
    void updateApply();

    QTabWidget* m_tabs;
    CritiquePage* m_critique;
    QLineEdit* m_author = nullptr;
    QSpinBox* m_gridSize = nullptr;
    QCheckBox* m_showGrid = nullptr;
    QCheckBox* m_snap = nullptr;
    QButtonGroup* m_appearance = nullptr;
    QDialogButtonBox* m_buttons;
};

} // namespace archboard
