#include "imagerenderer.h"

#include "app/cli/imageexport.h"
#include "model/design.h"
#include "widgets/export/designexport.h"

#include <cstdio>
#include <QApplication>
#include <QString>

namespace archboard::cli {

ImageRenderer::ImageRenderer() {
    setImageExporter([this](const DesignData& data, const std::string& path,
                            const ImageOptions& options) {
        ensureApplication();
        const Design design(data);
        return exportDesign(design, QString::fromStdString(path), options.scale, options.findings)
            .toStdString();
    });
}

ImageRenderer::~ImageRenderer() {
    setImageExporter({});
}

void ImageRenderer::ensureApplication() {
    // The canvas's items are graphics items of Qt Widgets: they need a
    // QApplication, though never a window.
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // stderr carries one line per problem; Qt's own notes about the
    // environment (no runtime directory, no fonts configured) are not ours.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "archboard-cli: %s\n", qPrintable(text));
    });
    m_application = std::make_unique<QApplication>(m_argc, m_argv);
}

} // namespace archboard::cli
