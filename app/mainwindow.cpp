#include "mainwindow.h"

#include "appearance.h"
#include "mainactions.h"
#include "model/design.h"
#include "recentfiles.h"
#include "versionactions.h"
#include "widgets/docks/outlinedock.h"
#include "widgets/document/designdocument.h"
#include "widgets/overviewpanel.h"
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
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace archboard {

namespace {

const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
constexpr QSize kDefaultSize(1280, 800);
constexpr int kOutlineWidth = 440;

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
    , m_versionActions(new VersionActions(m_document, this))
    , m_overview(new OverviewPanel(m_document, this))
    , m_outline(new OutlineDock(m_document, this))
    , m_statusSummary(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Archboard"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    setCentralWidget(m_overview);
    addDockWidget(Qt::LeftDockWidgetArea, m_outline);

    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    m_statusSummary->setAccessibleName(tr("Design summary"));
    statusBar()->setAccessibleName(tr("Status bar"));
    statusBar()->addPermanentWidget(m_statusSummary);

    createMenus();

    connect(m_actions->open(), &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(m_actions->closeDesign(), &QAction::triggered, this, &MainWindow::closeDesign);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->clearRecent(), &QAction::triggered, m_recentFiles, &RecentFiles::clear);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt(), &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_actions->appearanceGroup(), &QActionGroup::triggered, this, [](QAction* action) {
        const Appearance appearance = appearanceFromString(action->data().toString());
        storeAppearance(appearance);
        applyAppearance(appearance);
    });
    if (QAction* current = m_actions->appearanceAction(storedAppearance()))
        current->setChecked(true);

    connect(m_overview, &OverviewPanel::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_document, &DesignDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::modifiedChanged, this, &QWidget::setWindowModified);

    // A sensible first-run size; restoreWindowState() replaces it.
    QSize size = kDefaultSize;
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    resizeDocks({m_outline}, {kOutlineWidth}, Qt::Horizontal);

    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreWindowState() {
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_persistState = true;
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

void MainWindow::showOpenDialog() {
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

void MainWindow::closeDesign() {
    m_document->clear();
}

void MainWindow::closeEvent(QCloseEvent* event) {
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
    openFile(files.first());
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_actions->open());
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_versionActions->saveVersion());
    file->addAction(m_versionActions->history());
    file->addSeparator();
    file->addAction(m_actions->closeDesign());
    file->addSeparator();
    file->addAction(m_actions->quit());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction* toggleOutline = m_outline->toggleViewAction();
    toggleOutline->setObjectName(QStringLiteral("toggleOutlineAction"));
    toggleOutline->setShortcut(QKeySequence(tr("Ctrl+1")));
    view->addAction(toggleOutline);
    view->addSeparator();
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    appearance->addActions(m_actions->appearanceGroup()->actions());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_actions->about());
    help->addAction(m_actions->aboutQt());

    populateRecentMenu();
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::populateRecentMenu);
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
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
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
        setWindowTitle(QApplication::applicationDisplayName());
    m_actions->closeDesign()->setEnabled(!path.isEmpty());
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

void MainWindow::onDocumentChanged(const DesignChange& change) {
    if (change.reset || change.designInfo)
        updateTitle();
    if (change.reset || !change.added.empty() || !change.removed.empty())
        updateStatus();
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
