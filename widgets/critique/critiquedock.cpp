#include "critiquedock.h"

#include "critique/critic.h"
#include "critique/findinggroups.h"
#include "model/design.h"
#include "widgets/columnfitter.h"
#include "widgets/commands/setcritiquecommand.h"
#include "widgets/critique/critiquepreferences.h"
#include "widgets/critique/designrulesmenu.h"
#include "widgets/critique/explanationhtml.h"
#include "widgets/critique/findingsmodel.h"
#include "widgets/document/designdocument.h"
#include "widgets/quickfix/offerquickfix.h"
#include "widgets/stringconvert.h"

#include <array>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace archboard {

namespace {

constexpr double kTargetShare = 0.33; // of the list's width

} // namespace

CritiqueDock::CritiqueDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Critique"), parent)
    , m_document(document)
    , m_session(document->critiqueSession())
    , m_summary(new QLabel(this))
    , m_showAccepted(new QCheckBox(tr("Show accepted"), this))
    , m_narrow(new QCheckBox(tr("Only the selection"), this))
    , m_model(new FindingsModel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_fix(new QPushButton(tr("Fix…"), this))
    , m_accept(new QPushButton(tr("Accept…"), this))
    , m_reopen(new QPushButton(tr("Reopen"), this)) {
    setObjectName(QStringLiteral("critiqueDock"));

    m_summary->setAccessibleName(tr("Critique summary"));
    // One line: a wrapping label in a dock is laid out at its narrowest.
    m_summary->setWordWrap(false);
    m_showAccepted->setChecked(true);
    m_showAccepted->setAccessibleName(tr("Show accepted findings"));
    connect(m_showAccepted, &QCheckBox::toggled, this, &CritiqueDock::refresh);
    m_narrow->setAccessibleName(tr("Only findings on the selection"));
    m_narrow->setToolTip(tr("List only the findings on the items selected on the canvas"));
    connect(m_narrow, &QCheckBox::toggled, this, &CritiqueDock::refresh);

    m_tree->setModel(m_model);
    // Titles matter most; targets get room for their names up to a share of
    // the width (longer ones elide, the tooltip has them).
    new ColumnFitter(m_tree, {{FindingsModel::TargetColumn, kTargetShare}},
                     FindingsModel::TitleColumn);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Findings"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CritiqueDock::onCurrentChanged);
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (currentFinding())
            Q_EMIT targetsActivated(currentTargets());
    });

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &CritiqueDock::showContextMenu);

    m_details->setAccessibleName(tr("Finding details"));
    m_details->setOpenLinks(false);
    m_accept->setAccessibleName(tr("Accept the finding with a reason"));
    m_accept->setToolTip(tr("Keep this finding listed as accepted, with the reason you give"));
    m_reopen->setAccessibleName(tr("Reopen the accepted finding"));
    m_fix->setAccessibleName(tr("Preview and apply the quick fix"));
    connect(m_fix, &QPushButton::clicked, this, &CritiqueDock::fixCurrent);
    connect(m_accept, &QPushButton::clicked, this, &CritiqueDock::promptAccept);
    connect(m_reopen, &QPushButton::clicked, this, &CritiqueDock::reopenCurrent);

    auto* header = new QHBoxLayout;
    header->addWidget(m_narrow);
    header->addWidget(m_showAccepted);
    header->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_fix);
    buttons->addWidget(m_accept);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(m_summary);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setWidget(body);

    // Keep the same finding current across a run.
    connect(m_session, &CritiqueSession::findingsAboutToChange, this, [this] {
        m_keep = currentKey();
        m_expanded = expandedCauses();
    });
    connect(m_session, &CritiqueSession::findingsChanged, this, [this] { rebuildTree(m_keep); });
    rebuildTree({});
}

const Finding* CritiqueDock::currentFinding() const {
    return m_model->finding(m_tree->currentIndex());
}

std::vector<const Finding*> CritiqueDock::currentFindings() const {
    return m_model->findings(m_tree->currentIndex());
}

QStringList CritiqueDock::currentTargets() const {
    QStringList ids;
    for (const Finding* finding : currentFindings())
        if (!finding->target.empty())
            ids.append(toQString(finding->target));
    return ids;
}

void CritiqueDock::setCanvasSelection(std::span<const ElementId> ids, bool follow) {
    std::unordered_set<ElementId> selection(ids.begin(), ids.end());
    if (selection == m_selection)
        return;
    m_selection = std::move(selection);
    if (follow && m_narrow->isChecked())
        refresh();
}

bool CritiqueDock::narrowsToSelection() const {
    return m_narrow->isChecked();
}

void CritiqueDock::setNarrowToSelection(bool narrow) {
    m_narrow->setChecked(narrow);
}

void CritiqueDock::onCurrentChanged() {
    showCurrent();
    if (!m_rebuilding)
        Q_EMIT findingFocused(currentTargets());
}

bool CritiqueDock::selectFinding(std::string_view rule, std::string_view target, bool cause) {
    const QModelIndex index = m_model->indexOf(rule, target, cause);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

bool CritiqueDock::acceptCurrent(const QString& reason) {
    const std::vector<const Finding*> current = currentFindings();
    if (current.empty() || reason.trimmed().isEmpty())
        return false;
    CritiqueSettings settings = m_document->design().critique();
    for (const Finding* finding : current) {
        const auto same = [&](const Suppression& s) {
            return s.rule == finding->rule && s.target == finding->target;
        };
        const auto it =
            std::find_if(settings.suppressions.begin(), settings.suppressions.end(), same);
        if (it != settings.suppressions.end())
            it->reason = toStdString(reason.trimmed());
        else
            settings.suppressions.push_back({std::string(finding->rule), finding->target,
                                             toStdString(reason.trimmed()), Json::object()});
    }
    m_document->undoStack()->push(
        new SetCritiqueCommand(m_document->design(), std::move(settings),
                               tr("Accept “%1”").arg(toQString(current.front()->title()))));
    return true;
}

bool CritiqueDock::reopenCurrent() {
    const std::vector<const Finding*> current = currentFindings();
    if (current.empty() || !current.front()->accepted)
        return false;
    CritiqueSettings settings = m_document->design().critique();
    for (const Finding* finding : current)
        std::erase_if(settings.suppressions, [&](const Suppression& s) {
            return s.rule == finding->rule && s.target == finding->target;
        });
    m_document->undoStack()->push(
        new SetCritiqueCommand(m_document->design(), std::move(settings),
                               tr("Reopen “%1”").arg(toQString(current.front()->title()))));
    return true;
}

bool CritiqueDock::fixCurrent() {
    const auto highlight = [this](const QStringList& ids) { Q_EMIT highlightChanged(ids); };
    const std::vector<const Finding*> current = currentFindings();
    if (canQuickFix(current) && offerQuickFix(*m_document, current, this, highlight))
        return true;
    highlight(currentTargets());
    return false;
}

bool CritiqueDock::turnOffCurrentRuleInDesign() {
    const Finding* finding = currentFinding();
    if (!finding)
        return false;
    CritiqueSettings settings = m_document->design().critique();
    const std::string rule(finding->rule);
    if (std::find(settings.disabled.begin(), settings.disabled.end(), rule) !=
        settings.disabled.end())
        return false;
    settings.disabled.push_back(rule);
    std::sort(settings.disabled.begin(), settings.disabled.end());
    m_document->undoStack()->push(new SetCritiqueCommand(
        m_document->design(), std::move(settings),
        tr("Turn Off “%1” in This Design").arg(toQString(finding->title()))));
    return true;
}

bool CritiqueDock::setCurrentSeverityInDesign(std::optional<Severity> severity) {
    const Finding* finding = currentFinding();
    if (!finding)
        return false;
    CritiqueSettings settings = m_document->design().critique();
    const std::string rule(finding->rule);
    if (severity)
        settings.severity[rule] = *severity;
    else
        settings.severity.erase(rule);
    if (settings == m_document->design().critique())
        return false;
    m_document->undoStack()->push(
        new SetCritiqueCommand(m_document->design(), std::move(settings),
                               tr("Set Severity of “%1”").arg(toQString(finding->title()))));
    return true;
}

bool CritiqueDock::turnOffCurrentRuleForMe() {
    const Finding* finding = currentFinding();
    if (!finding)
        return false;
    CritiquePreferences::instance().setDisabled(finding->rule,
                                                true); // re-runs the critic
    return true;
}

bool CritiqueDock::setCurrentSeverityForMe(std::optional<Severity> severity) {
    const Finding* finding = currentFinding();
    if (!finding)
        return false;
    const std::string rule(finding->rule);
    const std::string target = finding->target;
    CritiquePreferences::instance().setSeverity(rule,
                                                severity); // re-runs the critic
    selectFinding(rule, target);
    return true;
}

void CritiqueDock::restoreAllRulesForMe() {
    CritiquePreferences::instance().reset(); // re-runs the critic
}

void CritiqueDock::showContextMenu(const QPoint& position) {
    QMenu menu(this);
    if (const Finding* finding = currentFinding()) {
        if (m_fix->isEnabled())
            menu.addAction(tr("Fix…"), this, &CritiqueDock::fixCurrent);
        menu.addAction(finding->accepted ? tr("Change Reason…") : tr("Accept…"), this,
                       &CritiqueDock::promptAccept);
        if (finding->accepted)
            menu.addAction(tr("Reopen"), this, &CritiqueDock::reopenCurrent);
        menu.addSeparator();
        // The same choices for this design (saved with it) and for me alone.
        const auto addSeverityMenu = [this, &menu](const QString& title, auto set) {
            QMenu* choices = menu.addMenu(title);
            const std::array<std::pair<QString, std::optional<Severity>>, 3> levels{
                {{tr("Error"), Severity::Error},
                 {tr("Warning"), Severity::Warning},
                 {tr("Info"), Severity::Info}}};
            for (const auto& choice : levels) {
                const std::optional<Severity> level = choice.second;
                choices->addAction(choice.first, this, [this, set, level] { (this->*set)(level); });
            }
            choices->addSeparator();
            choices->addAction(tr("Rule's Default"), this,
                               [this, set] { (this->*set)(std::nullopt); });
        };
        addSeverityMenu(tr("Severity in This Design"), &CritiqueDock::setCurrentSeverityInDesign);
        menu.addAction(tr("Turn Off This Rule in This Design"), this,
                       &CritiqueDock::turnOffCurrentRuleInDesign);
        menu.addSeparator();
        addSeverityMenu(tr("My Severity for This Rule"), &CritiqueDock::setCurrentSeverityForMe);
        menu.addAction(tr("Turn Off This Rule for Me"), this,
                       &CritiqueDock::turnOffCurrentRuleForMe);
    }
    addTurnBackOnMenu(menu, *m_document);
    menu.addAction(tr("Turn All Rules Back On for Me"), this, &CritiqueDock::restoreAllRulesForMe);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

CritiqueDock::FindingKey CritiqueDock::currentKey() const {
    if (const Finding* current = currentFinding())
        return {std::string(current->rule), current->target,
                m_model->isCauseRow(m_tree->currentIndex())};
    return {};
}

void CritiqueDock::refresh() {
    m_expanded = expandedCauses();
    rebuildTree(currentKey());
}

std::set<std::string> CritiqueDock::expandedCauses() const {
    std::set<std::string> keys;
    for (int h = 0; h < m_model->headingCount(); ++h) {
        const QModelIndex heading = m_model->index(h, FindingsModel::TitleColumn);
        for (int r = 0; r < m_model->rowCount(heading); ++r) {
            const QModelIndex row = m_model->index(r, FindingsModel::TitleColumn, heading);
            if (m_model->isCauseRow(row) && m_tree->isExpanded(row))
                keys.insert(groupKey(*m_model->finding(row)));
        }
    }
    return keys;
}

void CritiqueDock::rebuildTree(const FindingKey& keep) {
    m_rebuilding = true;
    const CritiqueSummary summary = summarize(findings(), groups());
    const auto count = [](int n, const QString& one, const QString& many) {
        return (n == 1 ? one : many).arg(n);
    };
    m_summary->setText(count(summary.errors, tr("%1 error"), tr("%1 errors")) +
                       QStringLiteral(" · ") +
                       count(summary.warnings, tr("%1 warning"), tr("%1 warnings")) +
                       QStringLiteral(" · ") + tr("%1 info").arg(summary.infos) +
                       QStringLiteral(" · ") + tr("%1 accepted").arg(summary.accepted));

    const bool narrow = m_narrow->isChecked() && !m_selection.empty();
    m_model->reset(&findings(), &groups(), &m_document->design(), m_showAccepted->isChecked(),
                   narrow ? &m_selection : nullptr);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_tree->setFirstColumnSpanned(row, {}, true);
        const QModelIndex heading = m_model->index(row, FindingsModel::TitleColumn);
        m_tree->setExpanded(heading, !m_model->isAcceptedHeading(row));
        // Causes the user had open stay open.
        for (int r = 0; !m_expanded.empty() && r < m_model->rowCount(heading); ++r) {
            const QModelIndex cause = m_model->index(r, FindingsModel::TitleColumn, heading);
            if (m_model->isCauseRow(cause) &&
                m_expanded.contains(groupKey(*m_model->finding(cause))))
                m_tree->expand(cause);
        }
    }
    // Keep the same finding current across a rebuild.
    if (keep.rule.empty() || !selectFinding(keep.rule, keep.target, keep.cause))
        showCurrent();
    m_rebuilding = false;
    Q_EMIT highlightChanged(currentTargets());
}

void CritiqueDock::showCurrent() {
    const std::vector<const Finding*> current = currentFindings();
    const Finding* finding = current.empty() ? nullptr : current.front();
    m_fix->setEnabled(canQuickFix(current));
    m_fix->setToolTip(m_fix->isEnabled() ? tr("See what the quick fix changes, then apply it")
                                         : tr("This finding has no quick fix"));
    m_accept->setEnabled(finding != nullptr);
    m_accept->setText(finding && finding->accepted ? tr("Change Reason…") : tr("Accept…"));
    m_reopen->setEnabled(finding && finding->accepted);
    m_details->setHtml(explanationHtml(current, m_document->design()));
}

void CritiqueDock::promptAccept() {
    const Finding* finding = currentFinding();
    if (!finding)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Accept Finding"),
        tr("Why is “%1” acceptable in this design?").arg(toQString(finding->title())),
        toQString(finding->reason), &ok);
    if (ok && !acceptCurrent(reason) && reason.trimmed().isEmpty())
        m_details->append(tr("<p><b>A reason is required to accept a finding.</b></p>"));
}

} // namespace archboard
