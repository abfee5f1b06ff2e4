#include "mainwindow.h"

#include "critique/technologycatalogue.h"
#include "designstatusbar.h"
#include "mainactions.h"
#include "model/design.h"
#include "preferences/followpreferences.h"
#include "preferences/preferencesdialog.h"
#include "recentfiles.h"
#include "recentfilesmenu.h"
#include "versionactions.h"
#include "widgets/canvas/canvaseditor.h"
#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/critique/critiquecanvaslink.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/document/designdocument.h"
#include "widgets/layout/tidylayout.h"
#include "widgets/outline/outlinedock.h"
#include "widgets/palette/palettedock.h"
#include "widgets/properties/propertiesdock.h"
#include "widgets/stringconvert.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace archboard {

namespace {

const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");

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
    , m_files(new FileFlow(m_document, m_recentFiles, m_versionActions, this)) {
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
    // Badges on the canvas, and a finding made current selects what it is about.
    new CritiqueCanvasLink(m_document->critiqueSession(), m_critique, m_scene, m_view, this);
    connect(palette, &PaletteDock::addRequested, this, [this](const PaletteKind& kind) {
        addElement(*m_scene, kind, m_view->mapToScene(m_view->viewport()->rect().center()));
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this, properties] { properties->setSelection(m_scene->selectedIds()); });
    m_actions->bind(m_document->undoStack());

    m_toolBar = new MainToolBar(*m_actions, m_editor, this);
    addToolBar(m_toolBar);
    setStatusBar(new DesignStatusBar(m_document, m_scene, m_view, this));
    createMenus();
    connectActions();
    connectFileActions();

    connect(m_document, &DesignDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateSelectionActions);
    connect(m_files, &FileFlow::fileOpened, this, &MainWindow::fileOpened);
    connect(m_files, &FileFlow::openFailed, this, &MainWindow::openFailed);

    // A sensible first-run size; restoreWindowState() replaces it.
    QSize size = kDefaultSize;
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    resizeDocks({m_outline, properties}, {kOutlineWidth, kPropertiesWidth}, Qt::Horizontal);

    updateTitle();
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

void MainWindow::connectActions() {
    MainActions* a = m_actions;
    connect(a->quit(), &QAction::triggered, this, &QWidget::close);
    connect(a->cut(), &QAction::triggered, m_editor, &CanvasEditor::cutSelection);
    connect(a->copy(), &QAction::triggered, m_editor, &CanvasEditor::copySelection);
    connect(a->paste(), &QAction::triggered, m_editor, &CanvasEditor::paste);
    // Paste is offered only with something to paste.
    const auto updatePaste = [a] { a->paste()->setEnabled(CanvasEditor::canPaste()); };
    connect(QApplication::clipboard(), &QClipboard::dataChanged, a->paste(), updatePaste);
    updatePaste();
    connect(a->duplicate(), &QAction::triggered, m_editor, &CanvasEditor::duplicateSelection);
    connect(a->deleteSelection(), &QAction::triggered, m_editor, &CanvasEditor::deleteSelection);
    connect(a->selectAll(), &QAction::triggered, m_editor, &CanvasEditor::selectAll);
    connect(a->rename(), &QAction::triggered, m_view, [this] { m_view->startRename(); });
    connect(m_toolBar, &MainToolBar::nothingFound, this, [this](const QString& text) {
        statusBar()->showMessage(tr("No element named \u201c%1\u201d").arg(text), kStatusMessageMs);
    });
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
    connect(a->tidyLayout(), &QAction::triggered, this, [this] {
        const QString failure = archboard::tidyLayout(*m_scene);
        if (!failure.isEmpty())
            statusBar()->showMessage(failure, kStatusMessageMs);
    });

    connect(a->zoomIn(), &QAction::triggered, m_view, &CanvasView::zoomIn);
    connect(a->zoomOut(), &QAction::triggered, m_view, &CanvasView::zoomOut);
    connect(a->zoomToFit(), &QAction::triggered, m_view, &CanvasView::zoomToFit);
    connect(a->actualSize(), &QAction::triggered, m_view, &CanvasView::resetZoom);
    // The grid, snapping, appearance and the versions' author.
    followPreferences(*a, *m_scene, *m_document);
    connect(a->preferences(), &QAction::triggered, this, &MainWindow::showPreferences);

    connect(a->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt(), &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectFileActions() {
    const MainActions* a = m_actions;
    FileFlow* files = m_files;
    connect(a->newDesign(), &QAction::triggered, files, &FileFlow::newDesign);
    connect(a->open(), &QAction::triggered, files, &FileFlow::showOpenDialog);
    connect(a->save(), &QAction::triggered, files, &FileFlow::save);
    connect(a->saveAs(), &QAction::triggered, files, &FileFlow::saveAs);
    connect(a->exportSvg(), &QAction::triggered, files, [files, a] {
        files->exportWithDialog(QStringLiteral("svg"), tr("SVG drawings (*.svg)"),
                                a->exportFindings()->isChecked());
    });
    connect(a->exportPng(), &QAction::triggered, files, [files, a] {
        files->exportWithDialog(QStringLiteral("png"), tr("PNG pictures (*.png)"),
                                a->exportFindings()->isChecked());
    });
    connect(a->exportPdf(), &QAction::triggered, files, [files, a] {
        files->exportWithDialog(QStringLiteral("pdf"), tr("PDF documents (*.pdf)"),
                                a->exportFindings()->isChecked());
    });
    connect(a->closeDesign(), &QAction::triggered, files, &FileFlow::closeDesign);
    connect(a->clearRecent(), &QAction::triggered, m_recentFiles, &RecentFiles::clear);
}

void MainWindow::createMenus() {
    MainActions* a = m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions({a->newDesign(), a->open()});
    auto* recent = new RecentFilesMenu(m_recentFiles, a->clearRecent(), file);
    connect(recent, &RecentFilesMenu::openRequested, m_files, &FileFlow::openWithPrompt);
    file->addMenu(recent);
    file->addSeparator();
    file->addActions({a->save(), a->saveAs()});
    file->addAction(m_versionActions->saveVersion());
    file->addAction(m_versionActions->history());
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addActions({a->exportSvg(), a->exportPng(), a->exportPdf()});
    exportMenu->addSeparator();
    exportMenu->addAction(a->exportFindings());
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
    edit->addSeparator();
    edit->addAction(a->preferences());

    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->setObjectName(QStringLiteral("arrangeMenu"));
    arrange->addAction(a->tidyLayout());
    arrange->addSeparator();
    QMenu* connectMenu = arrange->addMenu(tr("&Connect"));
    connectMenu->setObjectName(QStringLiteral("connectMenu"));
    connectMenu->addActions(a->connectActions());
    connectMenu->setToolTipsVisible(true); // each kind's tip says what it means
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
}

bool MainWindow::openFile(const QString& path) {
    return m_files->openFile(path);
}

bool MainWindow::saveTo(const QString& path, const QString& defaultSuffix) {
    return m_files->saveTo(path, defaultSuffix);
}

bool MainWindow::exportTo(const QString& path, double scale) {
    return m_files->exportTo(path, scale, m_actions->exportFindings()->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_files->maybeSave()) {
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
    m_files->openWithPrompt(files.first());
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
    else // a design that was never saved is still a design, and says so
        setWindowTitle(tr("%1 \u2014 %2[*]")
                           .arg(m_document->displayName(), QApplication::applicationDisplayName()));
    setWindowModified(m_document->isModified());
    m_actions->closeDesign()->setEnabled(!path.isEmpty() || m_document->isModified());
}

void MainWindow::updateSelectionActions() {
    const bool selected = !m_scene->selectedItems().isEmpty();
    for (QAction* action : m_actions->editingActions())
        action->setEnabled(selected);
}

void MainWindow::onDocumentChanged(const DesignChange& change) {
    if (change.reset || change.designInfo)
        updateTitle();
    if (!m_document->filePath().isEmpty() || change.reset)
        m_actions->closeDesign()->setEnabled(!m_document->filePath().isEmpty() ||
                                             m_document->isModified());
}

PreferencesDialog* MainWindow::showPreferences() {
    return PreferencesDialog::showFor(m_document, this);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Archboard"),
                       tr("<h3>Archboard %1</h3>"
                          "<p>A whiteboard for software architecture: sketch a design, "
                          "and have it reviewed.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace archboard
