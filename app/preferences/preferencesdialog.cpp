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

QWidget* newPage(const char* objectName, QWidget* parent) {
    auto* page = new QWidget(parent);
    page->setObjectName(QString::fromLatin1(objectName));
    return page;
}

// The page's fields at the top, a muted line explaining them below.
void endPage(QWidget* page, QLayout* fields, const QString& hint) {
    auto* label = new QLabel(hint, page);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(fields);
    layout->addWidget(label);
    layout->addStretch(1);
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

PreferencesDialog* PreferencesDialog::showFor(const DesignDocument* document, QWidget* parent) {
    // A closed one may still wait to be deleted.
    for (auto* open : parent->findChildren<PreferencesDialog*>(Qt::FindDirectChildrenOnly))
        if (open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    auto* dialog = new PreferencesDialog(document, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QWidget* PreferencesDialog::makeGeneralPage() {
    auto* page = newPage("generalPage", this);
    m_author = new QLineEdit(Preferences::instance().authorName(), page);
    m_author->setObjectName(QStringLiteral("authorName"));
    m_author->setAccessibleName(tr("Author name"));
    const QString login = toQString(store::defaultAuthor());
    m_author->setPlaceholderText(login);
    m_author->setMinimumWidth(m_author->fontMetrics().averageCharWidth() * kNameChars);
    connect(m_author, &QLineEdit::textChanged, this, &PreferencesDialog::updateApply);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Au&thor name:"), m_author);
    endPage(page, form,
            tr("Each version you save names its author. Left empty, versions name “%1”, the name "
               "you are logged in with.")
                .arg(login));
    return page;
}

QCheckBox* PreferencesDialog::checkBox(const QString& text, const char* objectName, bool checked,
                                       QWidget* page) {
    auto* box = new QCheckBox(text, page);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    box->setChecked(checked);
    connect(box, &QCheckBox::toggled, this, &PreferencesDialog::updateApply);
    return box;
}

QWidget* PreferencesDialog::makeCanvasPage() {
    auto* page = newPage("canvasPage", this);
    const CanvasGrid grid = Preferences::instance().grid();
    m_gridSize = new QSpinBox(page);
    m_gridSize->setObjectName(QStringLiteral("gridSize"));
    m_gridSize->setAccessibleName(tr("Grid size in pixels"));
    m_gridSize->setRange(static_cast<int>(CanvasGrid::kMinSize),
                         static_cast<int>(CanvasGrid::kMaxSize));
    m_gridSize->setSuffix(tr(" px"));
    m_gridSize->setValue(static_cast<int>(std::lround(grid.size)));
    connect(m_gridSize, &QSpinBox::valueChanged, this, &PreferencesDialog::updateApply);
    m_showGrid = checkBox(tr("&Show the grid"), "showGrid", grid.visible, page);
    m_snap = checkBox(tr("Snap to the gr&id"), "snapToGrid", grid.snap, page);
    m_snap->setToolTip(tr("Moved and added elements land on grid points (View ▸ Snap to Grid)"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Grid si&ze:"), m_gridSize);
    form->addRow(QString(), m_showGrid);
    form->addRow(QString(), m_snap);
    endPage(page, form,
            tr("The arrow keys move the selection by one grid step, Alt and an arrow key by one "
               "pixel."));
    return page;
}

QWidget* PreferencesDialog::makeAppearancePage() {
    auto* page = newPage("appearancePage", this);
    m_appearance = new QButtonGroup(page);
    auto* choices = new QVBoxLayout;
    choices->addWidget(new QLabel(tr("Colours of the window and the canvas:"), page));
    const std::pair<Appearance, QString> looks[] = {
        {Appearance::System, tr("S&ystem")},
        {Appearance::Light, tr("&Light")},
        {Appearance::Dark, tr("&Dark")},
    };
    const Appearance current = Preferences::instance().appearance();
    for (const auto& [appearance, text] : looks) {
        auto* button = new QRadioButton(text, page);
        button->setObjectName(QStringLiteral("appearance_%1").arg(appearanceToString(appearance)));
        button->setAccessibleName(appearanceDescription(appearance));
        button->setChecked(appearance == current);
        m_appearance->addButton(button, static_cast<int>(appearance));
        choices->addWidget(button);
    }
    connect(m_appearance, &QButtonGroup::idToggled, this, &PreferencesDialog::updateApply);
    endPage(page, choices, tr("The same choice as View ▸ Appearance."));
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
