#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace archboard {

class DesignDocument;

// The document's versions, newest first, with what each changed against
// the current design (the semantic diff the CLI prints) and a way to make an
// old version current again, as a new version.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    explicit HistoryDialog(DesignDocument* document, QWidget* parent = nullptr);

    QTreeWidget* versionList() const { return m_list; }
    QPlainTextEdit* differences() const { return m_diff; }

    // The version selected in the list, or 0.
    int selectedVersion() const;
    void selectVersion(int number);
    // Restores the selected version; returns an empty string or the error.
    QString restoreSelected();

private:
    void populate();
    void showDifferences();

    DesignDocument* m_document;
    QTreeWidget* m_list;
    QPlainTextEdit* m_diff;
    QLabel* m_summary;
    QPushButton* m_restore;
};

} // namespace archboard
