#include "appearance.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/document/designdocument.h"

#include <cstdio>
#include <QAction>
#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIcon>
#include <QPixmap>
#include <QRegularExpression>
#include <QTimer>

namespace {

constexpr int kExitFailure = 2;
constexpr QSize kScreenshotSize(1280, 800);

int fail(const QString& message) {
    std::fprintf(stderr, "archboard: %s\n", qPrintable(message));
    return kExitFailure;
}

// `archboard FILE --screenshot OUT.png`: renders the window as it would look,
// without showing it, so the interface can be reviewed on a headless machine.
struct ScreenshotRequest {
    QString file;
    QString out;
    QString sizeText;
    bool tidy = false;
};

int takeScreenshot(QApplication& app, archboard::MainWindow& window,
                   const ScreenshotRequest& request) {
    const QString& file = request.file;
    const QString& out = request.out;
    const QString& sizeText = request.sizeText;
    QSize size = kScreenshotSize;
    if (!sizeText.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const QRegularExpressionMatch match = pattern.match(sizeText);
        if (!match.hasMatch())
            return fail(QApplication::translate(
                            "main", "--size wants WIDTHxHEIGHT, e.g. 1280x800, not \"%1\"")
                            .arg(sizeText));
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    if (!file.isEmpty()) {
        QStringList problems;
        if (!window.document()->load(file, &problems))
            return fail(QApplication::translate("main", "%1 could not be opened:\n%2")
                            .arg(file, problems.join(QLatin1Char('\n'))));
        if (request.tidy)
            window.actions()->tidyLayout()->trigger();
    }

    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    int exitCode = 0;
    // After the event loop has laid out and polished everything once.
    QTimer::singleShot(0, &window, [&] {
        // A large design's routes come in after it opens; the picture shows all.
        window.canvasScene()->finishRoutes();
        window.canvasView()->zoomToFit();
        const QPixmap shot = window.grab();
        if (!shot.save(out, "PNG"))
            exitCode = fail(QApplication::translate("main", "could not write %1").arg(out));
        app.exit(exitCode);
    });
    return app.exec() == 0 ? exitCode : kExitFailure;
}

// The command line, described once for both passes in main().
struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to OUT.png and exit."),
        QStringLiteral("OUT.png")};
    QCommandLineOption size{
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size for --screenshot (default 1280x800)."),
        QStringLiteral("WxH")};
    QCommandLineOption appearance{
        QStringLiteral("appearance"),
        QCoreApplication::translate("main", "Colours for this run: system, light or dark."),
        QStringLiteral("MODE")};
    QCommandLineOption tidy{
        QStringLiteral("tidy"),
        QCoreApplication::translate("main", "Tidy the layout of FILE after opening it (Arrange > "
                                            "Tidy Layout; undoable, not saved).")};

    CommandLine() {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "A whiteboard for software architecture."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QCoreApplication::translate("main", "Design file to open."),
                                     QStringLiteral("[FILE]"));
        parser.addOptions({screenshot, size, appearance, tidy});
    }
};

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Archboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Archboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCHBOARD_VERSION));
}

} // namespace

int main(int argc, char* argv[]) {
    // --help, --version and unknown options are answered before any window
    // system is needed, so they work on a machine without a display.
    {
        const QCoreApplication console(argc, argv);
        describeApplication();
        CommandLine commandLine;
        commandLine.parser.process(console);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("archboard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/archboard.svg")));

    CommandLine commandLine;
    const QCommandLineParser& parser = commandLine.parser;
    commandLine.parser.process(app);

    const archboard::Appearance appearance =
        parser.isSet(commandLine.appearance)
            ? archboard::appearanceFromString(parser.value(commandLine.appearance),
                                              archboard::storedAppearance())
            : archboard::storedAppearance();
    if (appearance != archboard::Appearance::System)
        archboard::applyAppearance(appearance);

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QApplication::translate("main", "give at most one file"));
    const QString file = files.value(0);
    const bool tidy = parser.isSet(commandLine.tidy);

    archboard::MainWindow window;
    if (parser.isSet(commandLine.screenshot))
        return takeScreenshot(
            app, window,
            {file, parser.value(commandLine.screenshot), parser.value(commandLine.size), tidy});

    window.restoreWindowState();
    window.show();
    if (!file.isEmpty() && window.openFile(file) && tidy)
        window.actions()->tidyLayout()->trigger();
    return app.exec();
}
