#include "mainwindow.h"

#include "appearance.h"
#include "critique/technologycatalogue.h"
#include "mainactions.h"
#include "model/design.h"
#include "recentfiles.h"
#include "versionactions.h"
#include "widgets/canvas/canvaseditor.h"
#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/document/designdocument.h"
#include "widgets/export/designexport.h"
#include "widgets/outline/outlinedock.h"
#include "widgets/palette/palettedock.h"
#include "widgets/properties/propertiesdock.h"
#include "widgets/stringconvert.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace archboard {

namespace {

const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kSnapKey = QStringLiteral("canvas/snapToGrid");
// New designs are saved as documents, which keep their version history; the
// JSON form is one choice away in Save As.
const auto kDocumentSuffix = QStringLiteral(".archboard");
const auto kJsonSuffix = QStringLiteral(".archboard.json");

// Every name and alias the technology catalogue knows, for the tech field.
QStringList technologyNames() {
    QStringList names;
    for (const Technology& tech : TechnologyCatalogue::builtIn().technologies()) {
        names.append(QString::fromStdString(tech.name));
        for (const std::string& alias : tech.aliases)
            names.append(QString::fromStdString(alias));
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

// The file's name without the suffix that says what it is.
QString withoutDesignSuffix(const QString& path) {
    for (const QString& suffix : {kJsonSuffix, kDocumentSuffix, QStringLiteral(".json")})
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return path.chopped(suffix.size());
    return path;
}
constexpr QSize kDefaultSize(1280, 800);
constexpr int kOutlineWidth = 300;
constexpr int kPropertiesWidth = 380;
constexpr int kStatusMessageMs = 3000;

QStringList localFiles(const QMimeData* mime) {
    QStringList files;
    if (mime && mime->hasUrls())
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                files.append(url.toLocalFile());
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new DesignDocument(this))
    , m_actions(new MainActions(this))
    , m_recentFiles(new RecentFiles(this))
    , m_scene(new CanvasScene(m_document, this))
    , m_view(new CanvasView(m_scene, this))
    , m_editor(new CanvasEditor(m_scene, m_view, this))
    , m_outline(new OutlineDock(m_document, this))
    , m_critique(new CritiqueDock(m_document, this))
    , m_versionActions(new VersionActions(m_document, this))
    , m_statusSummary(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Archboard"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    setCentralWidget(m_view);
    addDockWidget(Qt::LeftDockWidgetArea, m_outline);
    // The palette above the outline; the properties of the selection on the right.
    auto* palette = new PaletteDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, palette);
    splitDockWidget(palette, m_outline, Qt::Vertical);
    auto* properties = new PropertiesDock(m_document, this);
    addDockWidget(Qt::RightDockWidgetArea, properties);
    properties->setTechnologySuggestions(technologyNames());
    // The critic's findings below the properties; activating one selects
    // what it is about and brings it into view.
    addDockWidget(Qt::RightDockWidgetArea, m_critique);
    splitDockWidget(properties, m_critique, Qt::Vertical);
    connect(m_critique, &CritiqueDock::targetsActivated, this, [this](const QStringList& ids) {
        std::vector<ElementId> elements;
        for (const QString& id : ids)
            elements.push_back(id.toStdString());
        m_scene->selectIds(elements);
        if (!elements.empty())
            m_view->centerOnElement(elements.front());
    });
    connect(palette, &PaletteDock::addRequested, this, [this](const PaletteKind& kind) {
        addElement(*m_scene, kind, m_view->mapToScene(m_view->viewport()->rect().center()));
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this, properties] { properties->setSelection(m_scene->selectedIds()); });
    m_actions->bind(m_document->undoStack());

    createToolBar();
    createStatusBar();
    createMenus();
    connectActions();

    connect(m_document, &DesignDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateSelectionActions);
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });

    // A sensible first-run size; restoreWindowState() replaces it.
    QSize size = kDefaultSize;
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    resizeDocks({m_outline, properties}, {kOutlineWidth, kPropertiesWidth}, Qt::Horizontal);

    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_view->zoom() * 100)));
    updateTitle();
    updateStatus();
    updateSelectionActions();
    m_view->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreWindowState() {
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_persistState = true;
}

void MainWindow::createToolBar() {
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    m_toolBar->addActions({m_actions->newDesign(), m_actions->open(), m_actions->save()});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions->undo(), m_actions->redo()});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->deleteSelection());
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions->zoomOut(), m_actions->zoomToFit(), m_actions->zoomIn(),
                           m_actions->snapToGrid()});
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_findField = new QLineEdit(m_toolBar);
    m_findField->setObjectName(QStringLiteral("findField"));
    m_findField->setAccessibleName(tr("Find by name"));
    m_findField->setPlaceholderText(
        tr("Find (%1)").arg(m_actions->find()->shortcut().toString(QKeySequence::NativeText)));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMaximumWidth(240);
    m_toolBar->addWidget(m_findField);
}

void MainWindow::createStatusBar() {
    statusBar()->setAccessibleName(tr("Status bar"));
    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    m_statusSummary->setAccessibleName(tr("Design summary"));
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setAccessibleName(tr("Selection"));
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(tr("9999 %")));
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_statusSummary);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::connectActions() {
    MainActions* a = m_actions;
    connect(a->newDesign(), &QAction::triggered, this, &MainWindow::newDesign);
    connect(a->open(), &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(a->save(), &QAction::triggered, this, &MainWindow::save);
    connect(a->saveAs(), &QAction::triggered, this, &MainWindow::saveAs);
    connect(a->exportSvg(), &QAction::triggered, this,
            [this] { exportWithDialog(QStringLiteral("svg"), tr("SVG drawings (*.svg)")); });
    connect(a->exportPng(), &QAction::triggered, this,
            [this] { exportWithDialog(QStringLiteral("png"), tr("PNG pictures (*.png)")); });
    connect(a->exportPdf(), &QAction::triggered, this,
            [this] { exportWithDialog(QStringLiteral("pdf"), tr("PDF documents (*.pdf)")); });
    connect(a->closeDesign(), &QAction::triggered, this, &MainWindow::closeDesign);
    connect(a->quit(), &QAction::triggered, this, &QWidget::close);
    connect(a->clearRecent(), &QAction::triggered, m_recentFiles, &RecentFiles::clear);

    connect(a->cut(), &QAction::triggered, m_editor, &CanvasEditor::cutSelection);
    connect(a->copy(), &QAction::triggered, m_editor, &CanvasEditor::copySelection);
    connect(a->paste(), &QAction::triggered, m_editor, &CanvasEditor::paste);
    connect(a->duplicate(), &QAction::triggered, m_editor, &CanvasEditor::duplicateSelection);
    connect(a->deleteSelection(), &QAction::triggered, m_editor, &CanvasEditor::deleteSelection);
    connect(a->selectAll(), &QAction::triggered, m_editor, &CanvasEditor::selectAll);
    connect(a->rename(), &QAction::triggered, m_view, [this] { m_view->startRename(); });
    connect(a->find(), &QAction::triggered, this, [this] {
        m_findField->setFocus(Qt::ShortcutFocusReason);
        m_findField->selectAll();
    });
    const auto find = [this] {
        if (!m_editor->findNext(m_findField->text()) && !m_findField->text().isEmpty())
            statusBar()->showMessage(tr("No element named \u201c%1\u201d").arg(m_findField->text()),
                                     kStatusMessageMs);
    };
    connect(m_findField, &QLineEdit::returnPressed, this, find);
    connect(m_findField, &QLineEdit::textEdited, this, find);
    for (QAction* action : a->alignActions())
        connect(action, &QAction::triggered, m_editor, [this, action] {
            m_editor->align(static_cast<Alignment>(action->data().toInt()));
        });
    for (QAction* action : a->distributeActions())
        connect(action, &QAction::triggered, m_editor, [this, action] {
            m_editor->distribute(static_cast<Qt::Orientation>(action->data().toInt()));
        });
    for (QAction* action : a->connectActions())
        connect(action, &QAction::triggered, m_editor, [this, action] {
            m_editor->connectSelected(static_cast<ConnectionKind>(action->data().toInt()));
        });

    connect(a->zoomIn(), &QAction::triggered, m_view, &CanvasView::zoomIn);
    connect(a->zoomOut(), &QAction::triggered, m_view, &CanvasView::zoomOut);
    connect(a->zoomToFit(), &QAction::triggered, m_view, &CanvasView::zoomToFit);
    connect(a->actualSize(), &QAction::triggered, m_view, &CanvasView::resetZoom);
    a->snapToGrid()->setChecked(QSettings().value(kSnapKey, true).toBool());
    m_scene->setSnapToGrid(a->snapToGrid()->isChecked());
    connect(a->snapToGrid(), &QAction::toggled, this, [this](bool snap) {
        m_scene->setSnapToGrid(snap);
        QSettings().setValue(kSnapKey, snap);
    });

    connect(a->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt(), &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(a->appearanceGroup(), &QActionGroup::triggered, this, [](QAction* action) {
        const Appearance appearance = appearanceFromString(action->data().toString());
        storeAppearance(appearance);
        applyAppearance(appearance);
    });
    if (QAction* current = a->appearanceAction(storedAppearance()))
        current->setChecked(true);
}

void MainWindow::createMenus() {
    MainActions* a = m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions({a->newDesign(), a->open()});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addActions({a->save(), a->saveAs()});
    file->addAction(m_versionActions->saveVersion());
    file->addAction(m_versionActions->history());
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addActions({a->exportSvg(), a->exportPng(), a->exportPdf()});
    file->addSeparator();
    file->addAction(a->closeDesign());
    file->addSeparator();
    file->addAction(a->quit());

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions({a->undo(), a->redo()});
    edit->addSeparator();
    edit->addActions({a->cut(), a->copy(), a->paste(), a->duplicate(), a->deleteSelection()});
    edit->addSeparator();
    edit->addActions({a->selectAll(), a->rename(), a->find()});

    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->setObjectName(QStringLiteral("arrangeMenu"));
    QMenu* connectMenu = arrange->addMenu(tr("&Connect"));
    connectMenu->setObjectName(QStringLiteral("connectMenu"));
    connectMenu->addActions(a->connectActions());
    arrange->addSeparator();
    arrange->addActions(a->alignActions());
    arrange->addSeparator();
    arrange->addActions(a->distributeActions());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({a->zoomIn(), a->zoomOut(), a->zoomToFit(), a->actualSize()});
    view->addSeparator();
    view->addAction(a->snapToGrid());
    view->addSeparator();
    QAction* toggleOutline = m_outline->toggleViewAction();
    toggleOutline->setObjectName(QStringLiteral("toggleOutlineAction"));
    toggleOutline->setShortcut(QKeySequence(tr("Ctrl+1")));
    view->addAction(toggleOutline);
    QAction* togglePalette = findChild<PaletteDock*>()->toggleViewAction();
    togglePalette->setObjectName(QStringLiteral("togglePaletteAction"));
    togglePalette->setShortcut(QKeySequence(tr("Ctrl+2")));
    view->addAction(togglePalette);
    QAction* toggleProperties = findChild<PropertiesDock*>()->toggleViewAction();
    toggleProperties->setObjectName(QStringLiteral("togglePropertiesAction"));
    toggleProperties->setShortcut(QKeySequence(tr("Ctrl+3")));
    view->addAction(toggleProperties);
    QAction* toggleCritique = m_critique->toggleViewAction();
    toggleCritique->setObjectName(QStringLiteral("toggleCritiqueAction"));
    toggleCritique->setShortcut(QKeySequence(tr("Ctrl+4")));
    view->addAction(toggleCritique);
    QAction* toggleToolBar = m_toolBar->toggleViewAction();
    toggleToolBar->setObjectName(QStringLiteral("toggleToolBarAction"));
    view->addAction(toggleToolBar);
    view->addSeparator();
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    appearance->addActions(a->appearanceGroup()->actions());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(a->about());
    help->addAction(a->aboutQt());

    populateRecentMenu();
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::populateRecentMenu);
}

bool MainWindow::openFile(const QString& path) {
    QStringList problems;
    if (!m_document->load(path, &problems)) {
        // A recent entry whose file has gone only clutters the menu.
        if (!QFileInfo::exists(path))
            m_recentFiles->remove(path);
        showOpenProblems(path, problems);
        Q_EMIT openFailed(path, problems);
        return false;
    }
    m_recentFiles->add(m_document->filePath());
    Q_EMIT fileOpened(m_document->filePath());
    return true;
}

void MainWindow::openWithPrompt(const QString& path) {
    if (maybeSave())
        openFile(path);
}

void MainWindow::showOpenDialog() {
    if (!maybeSave())
        return;
    const QStringList recent = m_recentFiles->files();
    const QString directory =
        !recent.isEmpty() ? QFileInfo(recent.first()).absolutePath()
                          : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Design"), directory,
        tr("Archboard designs (*.archboard *.archboard.json *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newDesign() {
    if (maybeSave())
        m_document->clear();
}

void MainWindow::closeDesign() {
    if (maybeSave())
        m_document->clear();
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to \u201c%1\u201d?").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesDialog"));
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::save() {
    if (m_document->filePath().isEmpty())
        return saveAs();
    // A document keeps history: saving adds a version, with a message.
    if (m_document->isStoreDocument()) {
        m_versionActions->promptSaveVersion();
        return !m_document->isModified();
    }
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs() {
    const QString current = m_document->filePath();
    const QString documents = tr("Archboard documents, with history (*.archboard)");
    const QString json = tr("Archboard designs as JSON (*.archboard.json)");
    const QString base =
        !current.isEmpty()
            ? withoutDesignSuffix(current)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(tr("Untitled"));
    QString filter = current.endsWith(kJsonSuffix) ? json : documents;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Design"), base + (filter == json ? kJsonSuffix : kDocumentSuffix),
        documents + QStringLiteral(";;") + json, &filter);
    return !path.isEmpty() && saveTo(path, filter == json ? kJsonSuffix : kDocumentSuffix);
}

bool MainWindow::saveTo(const QString& path, const QString& defaultSuffix) {
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += defaultSuffix.isEmpty() ? kDocumentSuffix : defaultSuffix;
    const QString error = m_document->saveAs(target);
    if (!error.isEmpty()) {
        showError(tr("Save Design"),
                  tr("\u201c%1\u201d could not be saved: %2").arg(target, error));
        return false;
    }
    m_recentFiles->add(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(target).fileName()), kStatusMessageMs);
    return true;
}

void MainWindow::exportWithDialog(const QString& extension, const QString& filter) {
    const QString base =
        m_document->filePath().isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                  .filePath(tr("Untitled"))
            : withoutDesignSuffix(m_document->filePath());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
                                                      base + QLatin1Char('.') + extension, filter);
    if (path.isEmpty())
        return;
    double scale = 1.0;
    if (extension == QStringLiteral("png")) {
        bool ok = false;
        scale = QInputDialog::getDouble(this, tr("Export PNG"), tr("Pixels per canvas unit:"), 2.0,
                                        0.25, 8.0, 2, &ok);
        if (!ok)
            return;
    }
    exportTo(path, scale);
}

bool MainWindow::exportTo(const QString& path, double scale) {
    const QString error = exportDesign(m_document->design(), path, scale);
    if (!error.isEmpty()) {
        showError(tr("Export"), tr("The design could not be exported: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), kStatusMessageMs);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_persistState) {
        QSettings settings;
        settings.setValue(kGeometryKey, saveGeometry());
        settings.setValue(kStateKey, saveState());
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    // One design per window: the first local file wins.
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openWithPrompt(files.first());
}

void MainWindow::populateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        // &1 … &8 give each entry a keyboard accelerator.
        QAction* action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openWithPrompt(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_actions->clearRecent());
    m_actions->clearRecent()->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle() {
    const QString path = m_document->filePath();
    setWindowFilePath(path);
    const QString title = toQString(m_document->design().info().title).trimmed();
    const QString fileName = QFileInfo(path).fileName();
    if (!path.isEmpty() && !title.isEmpty())
        setWindowTitle(tr("%1 \u2014 %2[*]").arg(title, fileName));
    else if (!path.isEmpty())
        setWindowTitle(tr("%1[*]").arg(fileName));
    else
        setWindowTitle(tr("%1[*]").arg(QApplication::applicationDisplayName()));
    setWindowModified(m_document->isModified());
    m_actions->closeDesign()->setEnabled(!path.isEmpty() || m_document->isModified());
}

void MainWindow::updateStatus() {
    const Design& design = m_document->design();
    if (m_document->filePath().isEmpty() && design.components().empty()) {
        m_statusSummary->clear();
        return;
    }
    const auto count = [](std::size_t n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    QStringList parts{
        count(design.components().size(), tr("1 component"), tr("%1 components")),
        count(design.connections().size(), tr("1 connection"), tr("%1 connections")),
    };
    if (!design.groups().empty())
        parts.append(count(design.groups().size(), tr("1 group"), tr("%1 groups")));
    m_statusSummary->setText(parts.join(tr(", ")));
}

void MainWindow::updateSelectionActions() {
    const std::size_t selected = m_scene->selectedItems().size();
    m_selectionLabel->setText(selected == 0 ? QString() : tr("%1 selected").arg(selected));
    for (QAction* action : m_actions->editingActions())
        action->setEnabled(selected > 0);
}

void MainWindow::onDocumentChanged(const DesignChange& change) {
    if (change.reset || change.designInfo)
        updateTitle();
    if (change.reset || !change.added.empty() || !change.removed.empty())
        updateStatus();
    if (!m_document->filePath().isEmpty() || change.reset)
        m_actions->closeDesign()->setEnabled(!m_document->filePath().isEmpty() ||
                                             m_document->isModified());
}

void MainWindow::showError(const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setWindowModality(Qt::WindowModal);
    m_lastErrorDialog = box;
    box->open();
}

void MainWindow::showOpenProblems(const QString& path, const QStringList& problems) {
    if (m_lastErrorDialog)
        m_lastErrorDialog->close();

    // The first problems inline, the full list behind "Show Details…".
    QStringList listed = problems.mid(0, kMaxListedProblems);
    if (problems.size() > kMaxListedProblems)
        listed.append(tr("\u2026and %1 more").arg(problems.size() - kMaxListedProblems));

    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Open Design"),
                        tr("\u201c%1\u201d could not be opened.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openErrorDialog"));
    box->setAccessibleName(tr("Open error"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(listed.join(QLatin1Char('\n')));
    // Problems quote the file's text, which may look like markup.
    if (auto* informative = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
    if (problems.size() > kMaxListedProblems)
        box->setDetailedText(problems.join(QLatin1Char('\n')));
    box->setWindowModality(Qt::WindowModal);
    m_lastErrorDialog = box;
    box->open(); // not exec(): the event loop, and the caller, go on
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Archboard"),
                       tr("<h3>Archboard %1</h3>"
                          "<p>A whiteboard for software architecture: sketch a design, "
                          "and have it reviewed.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace archboard
