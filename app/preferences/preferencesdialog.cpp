#include "preferencesdialog.h"

#include "critiquepage.h"
#include "model/store/document.h"
#include "preferences.h"
#include "widgets/stringconvert.h"

#include <cmath>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace archboard {

namespace {

const QSize kDefaultSize(820, 560);
constexpr int kNameChars = 36; // the author field's width, in average characters

QLabel* hint(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(const DesignDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_critique(new CritiquePage(document, this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));

    m_tabs->setObjectName(QStringLiteral("preferencesTabs"));
    m_tabs->setAccessibleName(tr("Preference pages"));
    m_tabs->addTab(m_critique, tr("&Critic"));
    m_tabs->addTab(makeGeneralPage(), tr("&General"));
    m_tabs->addTab(makeCanvasPage(), tr("Ca&nvas"));
    m_tabs->addTab(makeAppearancePage(), tr("Appearanc&e"));
    connect(m_critique, &CritiquePage::edited, this, &PreferencesDialog::updateApply);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(kDefaultSize.expandedTo(minimumSizeHint()));
    updateApply();
}

QWidget* PreferencesDialog::makeGeneralPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("generalPage"));
    m_author = new QLineEdit(Preferences::instance().authorName(), page);
    m_author->setObjectName(QStringLiteral("authorName"));
    m_author->setAccessibleName(tr("Author name"));
    const QString login = toQString(store::defaultAuthor());
    m_author->setPlaceholderText(login);
    connect(m_author, &QLineEdit::textChanged, this, &PreferencesDialog::updateApply);

    m_author->setMinimumWidth(m_author->fontMetrics().averageCharWidth() * kNameChars);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Au&thor name:"), m_author);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(
        hint(tr("Each version you save names its author. Left empty, versions name “%1”, the name "
                "you are logged in with.")
                 .arg(login),
             page));
    layout->addStretch(1);
    return page;
}

QWidget* PreferencesDialog::makeCanvasPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("canvasPage"));
    const CanvasGrid grid = Preferences::instance().grid();
    m_gridSize = new QSpinBox(page);
    m_gridSize->setObjectName(QStringLiteral("gridSize"));
    m_gridSize->setAccessibleName(tr("Grid size in pixels"));
    m_gridSize->setRange(static_cast<int>(CanvasGrid::kMinSize),
                         static_cast<int>(CanvasGrid::kMaxSize));
    m_gridSize->setSuffix(tr(" px"));
    m_gridSize->setValue(static_cast<int>(std::lround(grid.size)));
    m_showGrid = new QCheckBox(tr("&Show the grid"), page);
    m_showGrid->setObjectName(QStringLiteral("showGrid"));
    m_showGrid->setAccessibleName(tr("Show the grid"));
    m_showGrid->setChecked(grid.visible);
    m_snap = new QCheckBox(tr("Snap to the gr&id"), page);
    m_snap->setObjectName(QStringLiteral("snapToGrid"));
    m_snap->setAccessibleName(tr("Snap to the grid"));
    m_snap->setToolTip(tr("Moved and added elements land on grid points (View ▸ Snap to Grid)"));
    m_snap->setChecked(grid.snap);
    connect(m_gridSize, &QSpinBox::valueChanged, this, &PreferencesDialog::updateApply);
    connect(m_showGrid, &QCheckBox::toggled, this, &PreferencesDialog::updateApply);
    connect(m_snap, &QCheckBox::toggled, this, &PreferencesDialog::updateApply);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Grid si&ze:"), m_gridSize);
    form->addRow(QString(), m_showGrid);
    form->addRow(QString(), m_snap);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(hint(tr("The arrow keys move the selection by one grid step, Alt and an "
                              "arrow key by one pixel."),
                           page));
    layout->addStretch(1);
    return page;
}

QWidget* PreferencesDialog::makeAppearancePage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("appearancePage"));
    m_appearance = new QButtonGroup(page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Colours of the window and the canvas:"), page));
    const struct {
        Appearance appearance;
        QString text;
        QString name;
    } looks[] = {
        {Appearance::System, tr("S&ystem"), tr("Use the system's colours")},
        {Appearance::Light, tr("&Light"), tr("Use light colours")},
        {Appearance::Dark, tr("&Dark"), tr("Use dark colours")},
    };
    const Appearance current = Preferences::instance().appearance();
    for (const auto& look : looks) {
        auto* button = new QRadioButton(look.text, page);
        button->setObjectName(
            QStringLiteral("appearance_%1").arg(appearanceToString(look.appearance)));
        button->setAccessibleName(look.name);
        button->setChecked(look.appearance == current);
        m_appearance->addButton(button, static_cast<int>(look.appearance));
        layout->addWidget(button);
    }
    connect(m_appearance, &QButtonGroup::idToggled, this, &PreferencesDialog::updateApply);
    layout->addWidget(hint(tr("The same choice as View ▸ Appearance."), page));
    layout->addStretch(1);
    return page;
}

QAbstractButton* PreferencesDialog::appearanceButton(Appearance appearance) const {
    return m_appearance->button(static_cast<int>(appearance));
}

void PreferencesDialog::showPage(Page page) {
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

bool PreferencesDialog::hasChanges() const {
    const Preferences& stored = Preferences::instance();
    const CanvasGrid grid = stored.grid();
    return m_critique->hasChanges() || m_author->text().trimmed() != stored.authorName() ||
           m_gridSize->value() != static_cast<int>(std::lround(grid.size)) ||
           m_showGrid->isChecked() != grid.visible || m_snap->isChecked() != grid.snap ||
           m_appearance->checkedId() != static_cast<int>(stored.appearance());
}

void PreferencesDialog::apply() {
    Preferences& preferences = Preferences::instance();
    m_critique->apply();
    preferences.setAuthorName(m_author->text());
    preferences.setGrid(
        {static_cast<double>(m_gridSize->value()), m_showGrid->isChecked(), m_snap->isChecked()});
    if (m_appearance->checkedId() >= 0)
        preferences.setAppearance(static_cast<Appearance>(m_appearance->checkedId()));
    updateApply();
}

void PreferencesDialog::accept() {
    apply();
    QDialog::accept();
}

void PreferencesDialog::updateApply() {
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(hasChanges());
}

} // namespace archboard
