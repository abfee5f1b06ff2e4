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
    // When another program added versions: says so and offers to reload
    // them or to keep the design as a new version on top, then saves it.
    void offerOutsideVersions();

private:
    void updateEnabled();
    // Settles versions another program added before a save. True when the
    // design is to be saved on top of them; false after a reload, or while
    // the user decides later.
    bool resolveOutsideVersions();
    bool confirmReload(int number);

    DesignDocument* m_document;
    QWidget* m_window;
    QAction* m_saveVersion;
    QAction* m_history;
    bool m_resolving = false; // the question is shown: asked once at a time
    // The newest outside version the user already answered for: the watcher
    // does not ask again about it (Save does).
    int m_answeredVersion = 0;
};

} // namespace archboard
