#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace archboard {

class DesignDocument;

// File > Save Version… (also what Save does on a document) and Version History…, the recovery offer
// when a document opens with unsaved work, and word of failed autosaves.
class VersionActions : public QObject {
    Q_OBJECT

public:
    VersionActions(DesignDocument* document, QWidget* window);

    QAction* saveVersion() const { return m_saveVersion; }
    QAction* history() const { return m_history; }

public Q_SLOTS:
    // Asks for a message (or, for a design that is not a document yet, a
    // file name) and saves the version; problems are shown in a dialog.
    void promptSaveVersion();
    void showHistory();
    // Asks whether to recover the working copy's unsaved edits.
    void offerRecovery();

private:
    void updateEnabled();

    DesignDocument* m_document;
    QWidget* m_window;
    QAction* m_saveVersion;
    QAction* m_history;
};

} // namespace archboard
