#include "overviewpanel.h"

#include "model/design.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <cmath>
#include <QApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace archboard {

namespace {

constexpr int kContentWidth = 640; // a comfortable line length for the prompt
constexpr int kIconSize = 96;

QLabel* makeLabel(const QString& text, const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    return label;
}

void scaleFont(QWidget* widget, double factor, bool bold) {
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

QString number(double value) {
    // Whole numbers without a decimal point, others as written.
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QLocale().toString(static_cast<qlonglong>(value));
    return QLocale().toString(value, 'g', 6);
}

QString token(std::string_view text) {
    return toQString(text).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

OverviewPanel::OverviewPanel(DesignDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_openButton(nullptr)
    , m_title(nullptr)
    , m_file(nullptr)
    , m_prompt(nullptr)
    , m_requirementsHeading(nullptr)
    , m_requirements(nullptr) {
    setObjectName(QStringLiteral("overviewPanel"));
    setAccessibleName(tr("Design overview"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    // Page 1: nothing open.
    auto* empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("overviewEmptyPage"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setSpacing(12);
    emptyLayout->addStretch(1);
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull()) {
        auto* iconLabel = new QLabel(empty);
        iconLabel->setPixmap(icon.pixmap(kIconSize, kIconSize));
        iconLabel->setAlignment(Qt::AlignCenter);
        iconLabel->setAccessibleName(tr("Archboard"));
        emptyLayout->addWidget(iconLabel);
    }
    QLabel* heading = makeLabel(tr("No design open"), tr("Heading"), empty);
    scaleFont(heading, 1.6, true);
    heading->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(heading);
    QLabel* invitation =
        makeLabel(tr("Open a design to see its outline."), tr("Invitation"), empty);
    invitation->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(invitation);
    m_openButton = new QPushButton(tr("Open Design\u2026"), empty);
    m_openButton->setObjectName(QStringLiteral("overviewOpenButton"));
    m_openButton->setAccessibleName(tr("Open design"));
    m_openButton->setDefault(true);
    emptyLayout->addWidget(m_openButton, 0, Qt::AlignHCenter);
    QLabel* dropHint =
        makeLabel(tr("or drop an .archboard.json file here"), tr("Drop hint"), empty);
    dropHint->setAlignment(Qt::AlignCenter);
    dropHint->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(dropHint);
    emptyLayout->addStretch(2);
    connect(m_openButton, &QPushButton::clicked, this, &OverviewPanel::openRequested);

    // Page 2: the design's brief, scrollable for long prompts.
    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("overviewDesignPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Design brief"));
    auto* content = new QWidget(scroll);
    content->setBackgroundRole(QPalette::Base);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(32, 28, 32, 28);
    contentLayout->setSpacing(8);

    m_title = makeLabel(QString(), tr("Design title"), content);
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    m_title->setWordWrap(true);
    scaleFont(m_title, 1.6, true);
    m_file = makeLabel(QString(), tr("File name"), content);
    m_file->setObjectName(QStringLiteral("overviewFile"));
    m_file->setForegroundRole(QPalette::PlaceholderText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt = makeLabel(QString(), tr("Prompt"), content);
    m_prompt->setObjectName(QStringLiteral("overviewPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scaleFont(m_prompt, 1.15, false);
    m_requirementsHeading = makeLabel(tr("Requirements"), tr("Requirements heading"), content);
    scaleFont(m_requirementsHeading, 1.0, true);

    auto* requirementsBox = new QWidget(content);
    requirementsBox->setAccessibleName(tr("Requirements"));
    m_requirements = new QFormLayout(requirementsBox);
    m_requirements->setContentsMargins(0, 0, 0, 0);
    m_requirements->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_requirements->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_file);
    contentLayout->addSpacing(12);
    contentLayout->addWidget(m_prompt);
    contentLayout->addSpacing(16);
    contentLayout->addWidget(m_requirementsHeading);
    contentLayout->addWidget(requirementsBox);
    contentLayout->addStretch(1);
    content->setMaximumWidth(kContentWidth);
    scroll->setWidget(content);

    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_document, &DesignDocument::changed, this, &OverviewPanel::onDocumentChanged);
    connect(m_document, &DesignDocument::filePathChanged, this, &OverviewPanel::refresh);
    refresh();
}

void OverviewPanel::onDocumentChanged(const DesignChange& change) {
    if (change.reset || change.designInfo || !change.added.empty() || !change.removed.empty())
        refresh();
}

void OverviewPanel::refresh() {
    const Design& design = m_document->design();
    const bool open = !m_document->filePath().isEmpty() || !design.components().empty() ||
                      !design.info().title.empty();
    m_stack->setCurrentIndex(open ? 1 : 0);
    if (!open)
        return;

    m_title->setText(m_document->displayName());
    const QString fileName = QFileInfo(m_document->filePath()).fileName();
    m_file->setText(fileName);
    m_file->setToolTip(m_document->filePath());
    m_file->setVisible(!fileName.isEmpty() && fileName != m_title->text());
    const QString prompt = toQString(design.info().prompt).trimmed();
    m_prompt->setText(prompt);
    m_prompt->setVisible(!prompt.isEmpty());
    fillRequirements();
}

void OverviewPanel::fillRequirements() {
    while (m_requirements->rowCount() > 0)
        m_requirements->removeRow(0);

    const Requirements& r = m_document->design().info().requirements;
    QWidget* box = m_requirements->parentWidget();
    const auto namedRow = [&](const QString& label, const QString& value, const QString& name) {
        QLabel* field = makeLabel(value, name, box);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_requirements->addRow(makeLabel(label, name, box), field);
    };
    const auto row = [&](const QString& label, const QString& value) {
        namedRow(label, value, label);
    };
    if (r.dau)
        row(tr("Daily active users"), number(static_cast<double>(*r.dau)));
    if (r.peakReadRps)
        row(tr("Peak reads"), tr("%1 per second").arg(number(*r.peakReadRps)));
    if (r.peakWriteRps)
        row(tr("Peak writes"), tr("%1 per second").arg(number(*r.peakWriteRps)));
    if (r.payloadBytes)
        row(tr("Payload"), QLocale().formattedDataSize(static_cast<qint64>(*r.payloadBytes)));
    if (r.latencyP99Ms)
        row(tr("Latency (p99)"), tr("%1 ms").arg(number(*r.latencyP99Ms)));
    if (r.availability)
        row(tr("Availability"), tr("%1%").arg(number(*r.availability)));
    if (r.consistency)
        row(tr("Consistency"), token(toString(*r.consistency)));
    if (r.durability)
        row(tr("Durability"), token(toString(*r.durability)));
    if (r.regions)
        row(tr("Regions"), number(static_cast<double>(*r.regions)));
    if (r.retentionDays)
        row(tr("Retention"), tr("%1 days").arg(number(*r.retentionDays)));
    // One row per item, so the heading lines up with the first one.
    const auto list = [&](const QString& label, const std::vector<std::string>& items) {
        for (std::size_t i = 0; i < items.size(); ++i)
            namedRow(i == 0 ? label : QString(), QStringLiteral("\u2022 ") + toQString(items[i]),
                     label);
    };
    if (r.functional)
        list(tr("Functional"), *r.functional);
    if (r.nonGoals)
        list(tr("Not in scope"), *r.nonGoals);
    const bool any = m_requirements->rowCount() > 0;
    m_requirementsHeading->setVisible(any);
    box->setVisible(any);
}

} // namespace archboard
