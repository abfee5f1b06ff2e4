#pragma once

#include "model/design.h"
#include "model/designchange.h"
#include "model/store/document.h"

#include <memory>
#include <optional>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;
class QUndoStack;

namespace archboard {

class CritiqueSession;
class FileWatcher;

// One open design: owns the Design, its file path, the modified flag and the
// undo stack. Widgets follow changed() rather than the Design directly, so
// every view sees the same stream of changes in the same order.
//
// A `.archboard` document stays open while it is shown: every edit is saved
// to its working copy within a second (autosave, one transaction each), and
// saveVersion() adds a version to its history. For a document, "modified"
// means "differs from the latest version". A `.archboard.json` file is
// written only by save() and saveAs().
class DesignDocument : public QObject {
    Q_OBJECT

public:
    explicit DesignDocument(QObject* parent = nullptr);
    ~DesignDocument() override;

    Design& design() { return m_design; }
    const Design& design() const { return m_design; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // The critic's findings on this design, kept current from first use on
    // (documents that nobody critiques never run the critic).
    CritiqueSession* critiqueSession();

    // Empty for a design that was never loaded or saved.
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // The design's title, else the file name, else "Untitled design".
    QString displayName() const;

    // How long after an edit the working copy is saved.
    static constexpr int kAutosaveDelayMs = 500;

    // Reads and validates `path` (a JSON design or a document's latest
    // version). On failure returns false, fills `problems` with `WHERE: WHAT`
    // lines and leaves the current design untouched.
    bool load(const QString& path, QStringList* problems = nullptr);
    // Replaces the design with an empty one and forgets the file.
    void clear();

    // All return an empty string on success, else what went wrong. save()
    // writes a JSON file, or adds a version to a document. saveAs() chooses
    // by extension: `.archboard` creates a document (never replacing one),
    // anything else writes JSON.
    QString save();
    QString saveAs(const QString& path);

    // The open `.archboard` document, if any.
    bool isStoreDocument() const { return m_store != nullptr; }
    // A document that may not be written (file permissions): it is shown,
    // but neither autosaved nor given versions.
    bool isReadOnly() const;

    // Who new versions name as their author: the user's name from the
    // preferences; empty means the login name (store::defaultAuthor()).
    void setAuthor(const QString& author) { m_author = author; }
    QString author() const;

    // Adds the design as the next version, with an optional message.
    QString saveVersion(const QString& message);
    std::vector<store::VersionInfo> versions() const;
    // Empty with `error` set when the version cannot be read.
    std::optional<DesignData> readVersion(int number, QString* error = nullptr) const;
    // Makes version `number` the design again, as a new version: history is
    // never rewritten.
    QString restoreVersion(int number);

    // After load(): the working copy holds edits that no version has (the
    // app was closed without saving a version, or crashed).
    bool hasRecoverableWork() const { return m_recoverable.has_value(); }
    QString recoverableWorkSaved() const; // when, as stored (UTC)
    // Shows the recovered edits (modified, undo cleared), or drops them.
    void recoverWork();
    void discardRecoverableWork();

    // Saves the working copy now if an edit is waiting for the timer.
    QString flushAutosave();

    // Another program (`archboard-cli commit`, a second window) may add
    // versions while the document is open. The design shown is based on
    // the version it was opened or last saved as; saveVersion() never
    // stores it on top of a newer one unnoticed: it fails until the user
    // reloads or keeps their design. Meanwhile autosave keeps the edits as
    // edits of their own base, and the new versions stay as they are.
    //
    // The versions added since the design's base, oldest first.
    std::vector<store::VersionInfo> outsideVersions() const;
    // Looks at the file now (the watcher does so after each change on disk)
    // and emits outsideVersionsAdded() when another program added versions.
    void checkForOutsideVersions();
    // Shows the latest version, dropping unsaved edits: the caller asks first.
    QString reloadLatest();
    // Keeps the design as it is, based on the latest version from now on:
    // the next saveVersion() adds it on top, so no version is undone.
    void keepDesignOnLatest();

Q_SIGNALS:
    void changed(const archboard::DesignChange& change);
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);
    void versionsChanged();
    // The working copy could not be saved (disk full, file locked, …).
    void autosaveFailed(const QString& error);
    // Another program added versions to the open document: outsideVersions().
    void outsideVersionsAdded();

private:
    void onDesignChanged(const DesignChange& change);
    void setFilePath(const QString& path);
    void autosave();
    // Shows a document's latest design, keeping it open for autosave and
    // versions; offers its unsaved work for recovery.
    bool showDocument(std::unique_ptr<store::Document> document, DesignData design,
                      const QString& path, QStringList* problems);
    void show(DesignData design, const QString& path);
    // Shows a version of the open document in place of the design: clean,
    // the undo history and any recoverable work gone.
    void showVersion(DesignData design);
    void watchStore();

    Design m_design;
    Subscription m_subscription; // declared after m_design: unsubscribes first
    QUndoStack* m_undoStack = nullptr;
    QString m_filePath;
    QString m_author;
    bool m_modified = false;
    std::unique_ptr<store::Document> m_store;
    QTimer* m_autosaveTimer = nullptr;
    std::optional<DesignData> m_recoverable; // the working copy's edits, until decided
    QString m_recoverableSaved;
    CritiqueSession* m_critiqueSession = nullptr;
    FileWatcher* m_watcher = nullptr;
};

} // namespace archboard

Q_DECLARE_METATYPE(archboard::DesignChange)
