#include "designexport.h"

#include "model/design.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/stringconvert.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace archboard {

namespace {

constexpr double kMargin = 24;
constexpr double kMaxScale = 8;
constexpr qint64 kMaxPixels = 400'000'000; // about 1.6 GB of image memory

QString tr(const char* text) {
    return QCoreApplication::translate("DesignExport", text);
}

void render(CanvasScene& scene, QPaintDevice& device, const QRectF& source, const QRectF& target) {
    QPainter painter(&device);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
}

QString exportSvg(CanvasScene& scene, const Design& design, const QRectF& source,
                  const QString& path) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(toQString(design.info().title));
    svg.setDescription(tr("Drawn by Archboard"));
    render(scene, svg, source, QRectF(QPointF(0, 0), source.size()));
    return {};
}

QString exportPng(CanvasScene& scene, const QRectF& source, const QString& path, double scale) {
    const QSize size = (source.size() * scale).toSize();
    if (static_cast<qint64>(size.width()) * size.height() > kMaxPixels)
        return tr("the picture would be %1 x %2 pixels; choose a smaller scale")
            .arg(size.width())
            .arg(size.height());
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return tr("not enough memory for a %1 x %2 picture").arg(size.width()).arg(size.height());
    image.fill(scene.style().background);
    render(scene, image, source, QRectF(QPointF(0, 0), size));
    if (!image.save(path, "PNG"))
        return tr("could not write %1").arg(path);
    return {};
}

QString exportPdf(CanvasScene& scene, const Design& design, const QRectF& source,
                  const QString& path) {
    QPdfWriter pdf(path);
    pdf.setTitle(toQString(design.info().title));
    pdf.setCreator(QStringLiteral("Archboard"));
    // One canvas unit is one point: the page is the drawing.
    pdf.setResolution(72);
    pdf.setPageSize(QPageSize(source.size(), QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    render(scene, pdf, source, QRectF(QPointF(0, 0), source.size()));
    return {};
}

} // namespace

std::optional<ExportFormat> exportFormatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("svg"))
        return ExportFormat::Svg;
    if (suffix == QStringLiteral("png"))
        return ExportFormat::Png;
    if (suffix == QStringLiteral("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString exportDesign(const Design& design, const QString& path, double scale) {
    const auto format = exportFormatFor(path);
    if (!format)
        return tr("%1: unknown picture format; use .svg, .png or .pdf").arg(path);
    if (!(scale > 0 && scale <= kMaxScale))
        return tr("scale %1 is out of range (above 0, at most %2)").arg(scale).arg(kMaxScale);

    CanvasScene scene(design, CanvasStyle::light());
    scene.setExporting(true);
    QRectF source = scene.contentRect();
    if (source.isEmpty())
        source = QRectF(0, 0, 1, 1);
    source.adjust(-kMargin, -kMargin, kMargin, kMargin);
    // Whole canvas units, so the picture's size is exact.
    source = QRectF(source.toAlignedRect());

    QString error;
    switch (*format) {
    case ExportFormat::Svg:
        error = exportSvg(scene, design, source, path);
        break;
    case ExportFormat::Png:
        error = exportPng(scene, source, path, scale);
        break;
    case ExportFormat::Pdf:
        error = exportPdf(scene, design, source, path);
        break;
    }
    if (error.isEmpty() && !QFileInfo(path).isFile())
        return tr("could not write %1").arg(path);
    return error;
}

} // namespace archboard
