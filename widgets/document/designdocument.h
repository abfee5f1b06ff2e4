#pragma once

#include "model/design.h"
#include "model/designchange.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace archboard {

// One open design: owns the Design, its file path, the modified flag and the
// undo stack. Widgets follow changed() rather than the Design directly, so
// every view sees the same stream of changes in the same order.
class DesignDocument : public QObject {
    Q_OBJECT

public:
    explicit DesignDocument(QObject* parent = nullptr);
    ~DesignDocument() override;

    Design& design() { return m_design; }
    const Design& design() const { return m_design; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Empty for a design that was never loaded or saved.
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // The design's title, else the file name, else "Untitled".
    QString displayName() const;

    // Reads and validates `path`. On failure returns false, fills `problems`
    // with `WHERE: WHAT` lines and leaves the current design untouched.
    bool load(const QString& path, QStringList* problems = nullptr);
    // Replaces the design with an empty one and forgets the file.
    void clear();

    // Both return an empty string on success, else what went wrong.
    QString save();
    QString saveAs(const QString& path);

Q_SIGNALS:
    void changed(const archboard::DesignChange& change);
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);

private:
    void onDesignChanged(const DesignChange& change);
    void setFilePath(const QString& path);

    Design m_design;
    Subscription m_subscription; // declared after m_design: unsubscribes first
    QUndoStack* m_undoStack = nullptr;
    QString m_filePath;
    bool m_modified = false;
};

} // namespace archboard

Q_DECLARE_METATYPE(archboard::DesignChange)
