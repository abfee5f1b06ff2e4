#include "historydialog.h"

#include "model/diff/designdiff.h"
#include "versiondifftext.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archboard {

namespace {

enum Column { Number, Time, Author, Size, Message };

} // namespace

HistoryDialog::HistoryDialog(DesignDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_diff(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore This Version"), this)) {
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Version History"));
    setAccessibleName(tr("Version history"));

    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Versions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Version"), tr("Saved (UTC)"), tr("Author"), tr("Size"), tr("Message")});
    m_list->header()->setStretchLastSection(true);
    // Every column as wide as what it shows; the message takes the rest.
    for (const int column : {Number, Time, Author, Size})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_diff->setObjectName(QStringLiteral("versionDifferences"));
    m_diff->setAccessibleName(tr("Changes from this version to the current design"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setObjectName(QStringLiteral("versionSummary"));
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setEnabled(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_diff);
    splitter->addWidget(lower);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    resize(720, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showDifferences);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int number = selectedVersion();
        const auto answer = QMessageBox::question(
            this, tr("Restore Version"),
            tr("Make version %1 the current design? It is saved as a new version; "
               "no version is removed.")
                .arg(number));
        if (answer != QMessageBox::Yes)
            return;
        if (const QString error = restoreSelected(); !error.isEmpty())
            QMessageBox::warning(this, tr("Restore Version"), error);
    });
    connect(m_document, &DesignDocument::versionsChanged, this, &HistoryDialog::populate);
    populate();
}

int HistoryDialog::selectedVersion() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(Number, Qt::UserRole).toInt() : 0;
}

void HistoryDialog::selectVersion(int number) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(Number, Qt::UserRole).toInt() == number)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

QString HistoryDialog::restoreSelected() {
    const int number = selectedVersion();
    if (number == 0)
        return tr("No version is selected.");
    return m_document->restoreVersion(number);
}

void HistoryDialog::populate() {
    m_list->clear();
    const auto versions = m_document->versions();
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(Number, Qt::UserRole, it->number);
        item->setText(Number, QString::number(it->number));
        item->setText(Time, toQString(it->created));
        item->setText(Author, toQString(it->author));
        item->setText(Size,
                      tr("%1 components, %2 connections").arg(it->components).arg(it->connections));
        item->setText(Message, toQString(it->message).simplified());
        // The message column takes what is left and may elide: whole here.
        item->setToolTip(Message, toQString(it->message));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        showDifferences();
}

void HistoryDialog::showDifferences() {
    const int number = selectedVersion();
    m_restore->setEnabled(number > 0 && !m_document->isReadOnly());
    if (number == 0) {
        m_summary->setText(tr("This design has no saved versions."));
        m_diff->clear();
        return;
    }
    QString error;
    const std::optional<DesignData> version = m_document->readVersion(number, &error);
    if (!version) {
        m_summary->setText(error);
        m_diff->clear();
        return;
    }
    const DesignData& current = m_document->design().data();
    const QString text = versionDiffText(diffDesigns(*version, current), *version, current);
    m_summary->setText(text.isEmpty() ? tr("Version %1 is the current design.").arg(number)
                                      : tr("From version %1 to the current design:").arg(number));
    m_diff->setPlainText(text);
}

} // namespace archboard
