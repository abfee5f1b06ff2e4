#pragma once

#include "critique/critic.h"
#include "critique/finding.h"
#include "critique/findinggroups.h"
#include "model/designchange.h"

#include <QObject>
#include <vector>

class QTimer;

namespace archboard {

class DesignDocument;

// The critic's findings on one document, kept current. It re-runs after every
// edit that can change them (not after moves or resizes: no rule reads
// positions or sizes), when the user's preferences change, and at once when a
// design is opened. The Critique dock is a view of it; so are the canvas's
// badges (CritiqueCanvasLink). One per document: DesignDocument::critique().
class CritiqueSession : public QObject {
    Q_OBJECT

public:
    explicit CritiqueSession(DesignDocument* document);
    ~CritiqueSession() override;

    // Valid until the next findingsAboutToChange().
    const std::vector<Finding>& findings() const { return m_critic.findings(); }
    // The findings by cause, as the dock, the canvas and the summary count them.
    const FindingGroups& groups() const { return m_groups; }
    // How many times the critic ran; lets tests see that moves skip it.
    int runCount() const { return m_runs; }

    // Runs the critic now rather than at the next turn of the event loop.
    void runNow();

Q_SIGNALS:
    // Around each run: views that point into findings() let go of them first.
    void findingsAboutToChange();
    void findingsChanged();

private:
    void onDocumentChanged(const DesignChange& change);
    void onPreferencesChanged();

    DesignDocument* m_document;
    Critic m_critic; // re-run on edits, reusing its memory
    FindingGroups m_groups;
    CritiqueOptions m_preferences; // read once, and again when they change
    QTimer* m_pending;
    int m_runs = 0;
};

} // namespace archboard
