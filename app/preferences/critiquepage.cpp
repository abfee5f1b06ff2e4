#include "critiquepage.h"

#include "model/design.h"
#include "rulepreferencesmodel.h"
#include "severitydelegate.h"
#include "widgets/critique/critiquepreferences.h"
#include "widgets/document/designdocument.h"

#include <algorithm>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace archboard {

namespace {

// Fusion outlines a row's check box in a darker shade of the window colour,
// which on a dark palette all but vanishes against the rows: the rule's box
// is outlined from the muted text colour there instead.
class RuleTitleDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        QPalette& palette = option->palette;
        if (palette.color(QPalette::Base).lightness() < kDarkBelow)
            palette.setColor(QPalette::Window, palette.color(QPalette::PlaceholderText));
    }

private:
    static constexpr int kDarkBelow = 128; // lightness of a dark palette's base
};

bool sameOptions(CritiqueOptions a, CritiqueOptions b) {
    std::sort(a.userDisabled.begin(), a.userDisabled.end());
    std::sort(b.userDisabled.begin(), b.userDisabled.end());
    return a.userDisabled == b.userDisabled && a.userSeverity == b.userSeverity;
}

} // namespace

CritiquePage::CritiquePage(const DesignDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_model(new RulePreferencesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_reset(new QPushButton(tr("&Reset to Defaults"), this)) {
    setObjectName(QStringLiteral("critiquePage"));
    m_model->load(CritiquePreferences::instance().options());
    if (document) {
        // The dialog stays open while the design is edited or replaced.
        m_model->setDesignSettings(document->design().critique());
        connect(document, &DesignDocument::changed, this,
                [this, document](const DesignChange& change) {
                    if (change.critiqueSettings || change.reset)
                        m_model->setDesignSettings(document->design().critique());
                });
    }

    auto* intro = new QLabel(
        tr("Choose which rules the critic runs for you, and how severe their findings are. "
           "A design's own settings, made from the Critique dock and saved with it, win over "
           "these."),
        this);
    intro->setWordWrap(true);

    m_filter->setObjectName(QStringLiteral("ruleFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, id or category"));
    m_filter->setAccessibleName(tr("Filter rules"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RulePreferencesModel::SearchRole);
    m_proxy->setFilterKeyColumn(RulePreferencesModel::RuleColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RulePreferencesModel::SortRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });

    m_view->setObjectName(QStringLiteral("ruleView"));
    m_view->setAccessibleName(tr("Rules"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegateForColumn(RulePreferencesModel::RuleColumn,
                                     new RuleTitleDelegate(m_view));
    m_view->setItemDelegateForColumn(RulePreferencesModel::SeverityColumn,
                                     new SeverityDelegate(m_view));
    // A click on the severity or Alt+Down anywhere on a row opens its choices,
    // F2 its combo box (eventFilter); Space turns the rule on or off.
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->installEventFilter(this);
    m_view->setSortingEnabled(true);
    // By category, and by title within each.
    m_view->sortByColumn(RulePreferencesModel::CategoryColumn, Qt::AscendingOrder);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RulePreferencesModel::RuleColumn, QHeaderView::Stretch);
    // The severity column opens its combo on a single click.
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == RulePreferencesModel::SeverityColumn)
            editSeverity(index, true);
    });

    m_reset->setObjectName(QStringLiteral("resetRules"));
    m_reset->setAccessibleName(tr("Turn every rule on at its default severity"));
    m_reset->setToolTip(tr("Turn every rule on at its default severity"));
    connect(m_reset, &QPushButton::clicked, m_model, &RulePreferencesModel::resetToDefaults);
    connect(m_model, &RulePreferencesModel::choicesChanged, this, [this] {
        updateCount();
        Q_EMIT edited();
    });

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto* bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_count, 1);
    bottomRow->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottomRow);
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_reset);
    updateCount();
}

bool CritiquePage::eventFilter(QObject* watched, QEvent* event) {
    // While a combo is open it has the keys, not the view.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool popup = key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier);
        const QModelIndex current = m_view->currentIndex();
        if ((popup || key->key() == Qt::Key_F2) && current.isValid()) {
            editSeverity(current, popup);
            return true;
        }
        // Space turns the row's rule on or off, whichever column is current.
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier &&
            current.isValid()) {
            const QModelIndex rule = current.siblingAtColumn(RulePreferencesModel::RuleColumn);
            const bool on = rule.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
            m_proxy->setData(rule, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CritiquePage::editSeverity(const QModelIndex& index, bool showChoices) {
    const QModelIndex severity = index.siblingAtColumn(RulePreferencesModel::SeverityColumn);
    m_view->edit(severity);
    if (auto* combo = qobject_cast<QComboBox*>(m_view->indexWidget(severity)); combo && showChoices)
        combo->showPopup();
}

bool CritiquePage::hasChanges() const {
    return !sameOptions(m_model->options(), CritiquePreferences::instance().options());
}

void CritiquePage::apply() {
    CritiquePreferences::instance().setOptions(m_model->options());
}

void CritiquePage::updateCount() {
    const CritiqueOptions options = m_model->options();
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const QString off = tr("%n off", nullptr, static_cast<int>(options.userDisabled.size()));
    const QString changed =
        tr("%n with your severity", nullptr, static_cast<int>(options.userSeverity.size()));
    const QString rules = shown == total ? tr("%n rules", nullptr, total)
                                         : tr("%1 of %n rules", nullptr, total).arg(shown);
    m_count->setText(tr("%1; %2, %3").arg(rules, off, changed));
}

} // namespace archboard
