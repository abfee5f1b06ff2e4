#pragma once

#include "critique/finding.h"
#include "widgets/critique/critiquesession.h"

#include <optional>
#include <QDockWidget>
#include <QStringList>
#include <string>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace archboard {

class DesignDocument;
class FindingsModel;

// A view of the document's CritiqueSession: the critic's findings on the open
// design, grouped by severity. The selected one shows why it matters, how to
// fix it and the question an interviewer would ask next, and can be accepted
// with a reason or reopened, as undoable edits of the design's critique
// settings.
class CritiqueDock : public QDockWidget {
    Q_OBJECT

public:
    explicit CritiqueDock(DesignDocument* document, QWidget* parent = nullptr);

    const std::vector<Finding>& findings() const { return m_session->findings(); }
    QTreeView* tree() const { return m_tree; }
    FindingsModel* model() const { return m_model; }
    // How many times the critic ran; lets tests see that moves skip it.
    int runCount() const { return m_session->runCount(); }
    // The finding of the current row, if any.
    const Finding* currentFinding() const;
    bool selectFinding(std::string_view rule, std::string_view target);

    // Accept the current finding with `reason` (not blank), or reopen it.
    bool acceptCurrent(const QString& reason);
    bool reopenCurrent();

    // Runs the critic now rather than at the next turn of the event loop.
    void refreshNow() { m_session->runNow(); }

    // The user's own preferences for the current finding's rule (QSettings):
    // turn it off, or give it another severity (empty: the rule's default).
    // The design's own settings still win.
    bool turnOffCurrentRuleForMe();
    bool setCurrentSeverityForMe(std::optional<Severity> severity);
    void restoreAllRulesForMe();

Q_SIGNALS:
    // The user activated a finding: select these elements on the canvas.
    void targetsActivated(const QStringList& elementIds);

private:
    // A finding by rule and target, to find it again once the findings change.
    struct FindingKey {
        std::string rule;
        std::string target;
    };
    FindingKey currentKey() const;
    void rebuildTree(const FindingKey& keep);
    void showCurrent();
    void promptAccept();
    void showContextMenu(const QPoint& position);

    DesignDocument* m_document;
    CritiqueSession* m_session;
    FindingKey m_keep; // the current finding while the findings change
    QLabel* m_summary;
    QCheckBox* m_showAccepted;
    FindingsModel* m_model;
    QTreeView* m_tree;
    QTextBrowser* m_details;
    QPushButton* m_accept;
    QPushButton* m_reopen;
};

} // namespace archboard
