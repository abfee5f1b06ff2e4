#include "appearance.h"
#include "mainwindow.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/document/designdocument.h"

#include <cstdio>
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
int takeScreenshot(QApplication& app, archboard::MainWindow& window, const QString& file,
                   const QString& out, const QString& sizeText) {
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
    }

    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    int exitCode = 0;
    // After the event loop has laid out and polished everything once.
    QTimer::singleShot(0, &window, [&] {
        window.canvasView()->zoomToFit();
        const QPixmap shot = window.grab();
        if (!shot.save(out, "PNG"))
            exitCode = fail(QApplication::translate("main", "could not write %1").arg(out));
        app.exit(exitCode);
    });
    return app.exec() == 0 ? exitCode : kExitFailure;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Archboard"));
    QApplication::setApplicationName(QStringLiteral("Archboard"));
    QApplication::setApplicationVersion(QStringLiteral(ARCHBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("archboard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/archboard.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A whiteboard for software architecture."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Design file to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to OUT.png and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot (default 1280x800)."),
        QStringLiteral("WxH"));
    const QCommandLineOption appearanceOption(
        QStringLiteral("appearance"),
        QApplication::translate("main", "Colours for this run: system, light or dark."),
        QStringLiteral("MODE"));
    parser.addOptions({screenshotOption, sizeOption, appearanceOption});
    parser.process(app);

    const archboard::Appearance appearance =
        parser.isSet(appearanceOption)
            ? archboard::appearanceFromString(parser.value(appearanceOption),
                                              archboard::storedAppearance())
            : archboard::storedAppearance();
    if (appearance != archboard::Appearance::System)
        archboard::applyAppearance(appearance);

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QApplication::translate("main", "give at most one file"));
    const QString file = files.value(0);

    archboard::MainWindow window;
    if (parser.isSet(screenshotOption))
        return takeScreenshot(app, window, file, parser.value(screenshotOption),
                              parser.value(sizeOption));

    window.restoreWindowState();
    window.show();
    if (!file.isEmpty())
        window.openFile(file);
    return app.exec();
}
