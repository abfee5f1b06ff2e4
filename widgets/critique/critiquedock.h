#pragma once

#include "critique/finding.h"
#include "widgets/critique/critiquesession.h"

#include <optional>
#include <QDockWidget>
#include <QStringList>
#include <set>
#include <span>
#include <string>
#include <unordered_set>
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
// design, grouped by severity, one row per cause (a cause with several
// targets expands). The current row shows why it matters, how to fix it and
// the question an interviewer would ask next, in the design's own names, and
// can be accepted with a reason or reopened, as undoable edits of the
// design's critique settings, or fixed in one step where the fix is mechanical. Making a row
// current asks the canvas to select and highlight its targets; with "Only the selection" on, the
// list narrows to the findings on what the canvas has selected.
class CritiqueDock : public QDockWidget {
    Q_OBJECT

public:
    explicit CritiqueDock(DesignDocument* document, QWidget* parent = nullptr);

    const std::vector<Finding>& findings() const { return m_session->findings(); }
    const FindingGroups& groups() const { return m_session->groups(); }
    QTreeView* tree() const { return m_tree; }
    FindingsModel* model() const { return m_model; }
    // How many times the critic ran; lets tests see that moves skip it.
    int runCount() const { return m_session->runCount(); }
    // The finding of the current row, if any (a cause's first).
    const Finding* currentFinding() const;
    // All the findings of the current row: one, or a cause's.
    std::vector<const Finding*> currentFindings() const;
    // Their targets, in order.
    QStringList currentTargets() const;
    // Makes a finding's row current; with `cause`, its cause's row.
    bool selectFinding(std::string_view rule, std::string_view target, bool cause = false);

    // What the canvas has selected; the list follows it while narrowing is
    // on and `follow` is set.
    void setCanvasSelection(std::span<const ElementId> ids, bool follow = true);
    bool narrowsToSelection() const;
    void setNarrowToSelection(bool narrow);
    QCheckBox* narrowToggle() const { return m_narrow; }

    // Accept the current row's findings with `reason` (not blank), or reopen them.
    bool acceptCurrent(const QString& reason);
    bool reopenCurrent();
    // Previews the current row's quick fix and applies it as one undo step
    // if the user agrees (widgets/quickfix/offerquickfix.h).
    bool fixCurrent();
    QPushButton* fixButton() const { return m_fix; }

    // Runs the critic now rather than at the next turn of the event loop.
    void refreshNow() { m_session->runNow(); }

    // The user's own preferences for the current finding's rule (QSettings):
    // turn it off, or give it another severity (empty: the rule's default).
    // The design's own settings still win.
    bool turnOffCurrentRuleForMe();
    // The same for this design alone, as undoable edits of its critique
    // settings (saved with it, and read by everyone who opens it).
    bool turnOffCurrentRuleInDesign();
    bool setCurrentSeverityInDesign(std::optional<Severity> severity);
    bool setCurrentSeverityForMe(std::optional<Severity> severity);
    void restoreAllRulesForMe();

Q_SIGNALS:
    // The user activated a finding (double click, Enter): select these
    // elements on the canvas.
    void targetsActivated(const QStringList& elementIds);
    // The user made a row current: select, centre and highlight its targets
    // (none when no finding is current).
    void findingFocused(const QStringList& elementIds);
    // The findings changed under the current row: highlight these instead,
    // leaving the canvas's selection alone.
    void highlightChanged(const QStringList& elementIds);

private:
    // A finding by rule and target, to find it again once the findings change.
    struct FindingKey {
        std::string rule;
        std::string target;
        bool cause = false; // the row of its cause
    };
    FindingKey currentKey() const;
    void rebuildTree(const FindingKey& keep);
    // Rebuilds keeping the current row and the open causes.
    void refresh();
    std::set<std::string> expandedCauses() const; // by groupKey()
    void showCurrent();
    void promptAccept();
    void showContextMenu(const QPoint& position);

    DesignDocument* m_document;
    CritiqueSession* m_session;
    void onCurrentChanged();

    FindingKey m_keep; // the current finding while the findings change
    bool m_rebuilding = false;
    std::set<std::string> m_expanded;          // causes open while the findings change
    std::unordered_set<ElementId> m_selection; // the canvas's
    QLabel* m_summary;
    QCheckBox* m_showAccepted;
    QCheckBox* m_narrow;
    FindingsModel* m_model;
    QTreeView* m_tree;
    QTextBrowser* m_details;
    QPushButton* m_fix;
    QPushButton* m_accept;
    QPushButton* m_reopen;
};

} // namespace archboard
