#include "exportdialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>

namespace archboard {

namespace {

constexpr double kDefaultPngScale = 2.0;

} // namespace

ExportDialog::ExportDialog(QWidget* parent, const QString& extension, const QString& filter,
                           const QString& suggestedPath)
    : QFileDialog(parent, tr("Export"), suggestedPath, filter) {
    setObjectName(QStringLiteral("exportDialog"));
    setAcceptMode(AcceptSave);
    setDefaultSuffix(extension);
    if (extension != QStringLiteral("png"))
        return;
    // Qt's own dialog, so the options can sit in it: a native one has no room.
    setOption(DontUseNativeDialog);
    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setRange(0.25, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setValue(kDefaultPngScale);
    m_scale->setSuffix(tr(" \u00d7"));
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setToolTip(tr("Pixels per canvas unit: 2 \u00d7 is sharp on high-density screens"));
    m_background = new QComboBox(this);
    m_background->setObjectName(QStringLiteral("exportBackground"));
    m_background->addItem(tr("Canvas colour"));
    m_background->addItem(tr("Transparent"));
    m_background->setAccessibleName(tr("Background"));

    // QFileDialog lays itself out on a grid: label column, field column.
    if (auto* grid = qobject_cast<QGridLayout*>(layout())) {
        const int row = grid->rowCount();
        auto* scaleLabel = new QLabel(tr("&Scale:"), this);
        scaleLabel->setBuddy(m_scale);
        auto* backgroundLabel = new QLabel(tr("&Background:"), this);
        backgroundLabel->setBuddy(m_background);
        grid->addWidget(scaleLabel, row, 0);
        grid->addWidget(m_scale, row, 1);
        grid->addWidget(backgroundLabel, row + 1, 0);
        grid->addWidget(m_background, row + 1, 1);
    }
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    if (m_scale)
        options.scale = m_scale->value();
    if (m_background)
        options.transparent = m_background->currentIndex() == 1;
    return options;
}

} // namespace archboard
