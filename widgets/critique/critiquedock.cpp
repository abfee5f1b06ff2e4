#include "critiquedock.h"

#include "critique/critic.h"
#include "critique/rulecatalogue.h"
#include "model/design.h"
#include "widgets/commands/setcritiquecommand.h"
#include "widgets/critique/critiquepreferences.h"
#include "widgets/critique/findingsmodel.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

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

constexpr int kTargetWidth = 110; // pixels

QString escaped(std::string_view text) {
    return toQString(text).toHtmlEscaped();
}

} // namespace

CritiqueDock::CritiqueDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Critique"), parent)
    , m_document(document)
    , m_session(document->critiqueSession())
    , m_summary(new QLabel(this))
    , m_showAccepted(new QCheckBox(tr("Show accepted"), this))
    , m_model(new FindingsModel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_accept(new QPushButton(tr("Accept…"), this))
    , m_reopen(new QPushButton(tr("Reopen"), this)) {
    setObjectName(QStringLiteral("critiqueDock"));

    m_summary->setAccessibleName(tr("Critique summary"));
    m_summary->setWordWrap(true);
    m_showAccepted->setChecked(true);
    m_showAccepted->setAccessibleName(tr("Show accepted findings"));
    connect(m_showAccepted, &QCheckBox::toggled, this, [this] { rebuildTree(currentKey()); });

    m_tree->setModel(m_model);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    // Titles matter most; long target names elide (the tooltip has them).
    m_tree->header()->setSectionResizeMode(FindingsModel::TargetColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(FindingsModel::TargetColumn, kTargetWidth);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Findings"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CritiqueDock::showCurrent);
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (const Finding* finding = currentFinding()) {
            QStringList ids;
            if (!finding->target.empty())
                ids.append(toQString(finding->target));
            Q_EMIT targetsActivated(ids);
        }
    });

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &CritiqueDock::showContextMenu);

    m_details->setAccessibleName(tr("Finding details"));
    m_details->setOpenLinks(false);
    m_accept->setAccessibleName(tr("Accept the finding with a reason"));
    m_accept->setToolTip(tr("Keep this finding listed as accepted, with the reason you give"));
    m_reopen->setAccessibleName(tr("Reopen the accepted finding"));
    connect(m_accept, &QPushButton::clicked, this, &CritiqueDock::promptAccept);
    connect(m_reopen, &QPushButton::clicked, this, &CritiqueDock::reopenCurrent);

    auto* header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_showAccepted);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_accept);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setWidget(body);

    // Keep the same finding current across a run.
    connect(m_session, &CritiqueSession::findingsAboutToChange, this,
            [this] { m_keep = currentKey(); });
    connect(m_session, &CritiqueSession::findingsChanged, this, [this] { rebuildTree(m_keep); });
    rebuildTree({});
}

const Finding* CritiqueDock::currentFinding() const {
    return m_model->finding(m_tree->currentIndex());
}

bool CritiqueDock::selectFinding(std::string_view rule, std::string_view target) {
    const QModelIndex index = m_model->indexOf(rule, target);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

bool CritiqueDock::acceptCurrent(const QString& reason) {
    const Finding* finding = currentFinding();
    if (!finding || reason.trimmed().isEmpty())
        return false;
    CritiqueSettings settings = m_document->design().critique();
    const std::string target = finding->target;
    const auto same = [&](const Suppression& s) {
        return s.rule == finding->rule && s.target == target;
    };
    const auto it = std::find_if(settings.suppressions.begin(), settings.suppressions.end(), same);
    if (it != settings.suppressions.end())
        it->reason = toStdString(reason.trimmed());
    else
        settings.suppressions.push_back(
            {std::string(finding->rule), target, toStdString(reason.trimmed()), Json::object()});
    m_document->undoStack()->push(
        new SetCritiqueCommand(m_document->design(), std::move(settings),
                               tr("Accept “%1”").arg(toQString(finding->title()))));
    return true;
}

bool CritiqueDock::reopenCurrent() {
    const Finding* finding = currentFinding();
    if (!finding || !finding->accepted)
        return false;
    CritiqueSettings settings = m_document->design().critique();
    const std::string target = finding->target;
    std::erase_if(settings.suppressions, [&](const Suppression& s) {
        return s.rule == finding->rule && s.target == target;
    });
    m_document->undoStack()->push(
        new SetCritiqueCommand(m_document->design(), std::move(settings),
                               tr("Reopen “%1”").arg(toQString(finding->title()))));
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
        menu.addAction(finding->accepted ? tr("Change Reason…") : tr("Accept…"), this,
                       &CritiqueDock::promptAccept);
        if (finding->accepted)
            menu.addAction(tr("Reopen"), this, &CritiqueDock::reopenCurrent);
        menu.addSeparator();
        QMenu* severity = menu.addMenu(tr("My Severity for This Rule"));
        severity->addAction(tr("Error"), this,
                            [this] { setCurrentSeverityForMe(Severity::Error); });
        severity->addAction(tr("Warning"), this,
                            [this] { setCurrentSeverityForMe(Severity::Warning); });
        severity->addAction(tr("Info"), this, [this] { setCurrentSeverityForMe(Severity::Info); });
        severity->addSeparator();
        severity->addAction(tr("Rule's Default"), this,
                            [this] { setCurrentSeverityForMe(std::nullopt); });
        menu.addAction(tr("Turn Off This Rule for Me"), this,
                       &CritiqueDock::turnOffCurrentRuleForMe);
    }
    menu.addAction(tr("Turn All Rules Back On for Me"), this, &CritiqueDock::restoreAllRulesForMe);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

CritiqueDock::FindingKey CritiqueDock::currentKey() const {
    if (const Finding* current = currentFinding())
        return {std::string(current->rule), current->target};
    return {};
}

void CritiqueDock::rebuildTree(const FindingKey& keep) {
    const CritiqueSummary summary = summarize(findings());
    const auto count = [](int n, const QString& one, const QString& many) {
        return (n == 1 ? one : many).arg(n);
    };
    m_summary->setText(count(summary.errors, tr("%1 error"), tr("%1 errors")) +
                       QStringLiteral(" · ") +
                       count(summary.warnings, tr("%1 warning"), tr("%1 warnings")) +
                       QStringLiteral(" · ") + tr("%1 info").arg(summary.infos) +
                       QStringLiteral(" · ") + tr("%1 accepted").arg(summary.accepted));

    m_model->reset(&findings(), &m_document->design(), m_showAccepted->isChecked());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_tree->setFirstColumnSpanned(row, {}, true);
        m_tree->setExpanded(m_model->index(row, FindingsModel::TitleColumn),
                            !m_model->isAcceptedHeading(row));
    }
    // Keep the same finding current across a rebuild.
    if (keep.rule.empty() || !selectFinding(keep.rule, keep.target))
        showCurrent();
}

void CritiqueDock::showCurrent() {
    const Finding* finding = currentFinding();
    m_accept->setEnabled(finding != nullptr);
    m_accept->setText(finding && finding->accepted ? tr("Change Reason…") : tr("Accept…"));
    m_reopen->setEnabled(finding && finding->accepted);
    if (!finding) {
        m_details->setHtml(tr("<p>Select a finding to see why it matters and how to fix it.</p>"));
        return;
    }
    const RuleText* text = RuleCatalogue::builtIn().text(finding->rule);
    QString html = QStringLiteral("<h3>%1</h3><p><small>%2 · %3</small></p><p>%4</p>")
                       .arg(escaped(finding->title()), escaped(finding->rule),
                            escaped(toString(finding->severity)), escaped(finding->message));
    if (finding->accepted)
        html += tr("<p><b>Accepted:</b> %1</p>").arg(escaped(finding->reason));
    if (text) {
        html += tr("<p><b>Why it matters</b><br>%1</p>").arg(escaped(text->why));
        html += tr("<p><b>How to fix it</b><br>%1</p>").arg(escaped(text->fix));
        html += tr("<p><b>The interviewer asks</b><br><i>%1</i></p>").arg(escaped(text->followUp));
    }
    m_details->setHtml(html);
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
