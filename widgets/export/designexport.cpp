#include "designexport.h"

#include "critique/critic.h"
#include "model/design.h"
#include "svgexport.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/stringconvert.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

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

QString exportPng(CanvasScene& scene, const QRectF& source, QIODevice& out,
                  const ExportOptions& options) {
    const QSize size = (source.size() * options.scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return tr("not enough memory for a %1 x %2 picture").arg(size.width()).arg(size.height());
    image.fill(options.transparent ? QColor(Qt::transparent) : scene.style().background);
    render(scene, image, source, QRectF(QPointF(0, 0), size));
    if (!image.save(&out, "PNG"))
        return tr("could not write: %1").arg(out.errorString());
    return {};
}

// The title goes into the document information as a UTF-16 string, which
// the PDF writer encodes, so any text is safe there.
QString exportPdf(CanvasScene& scene, const Design& design, const QRectF& source, QIODevice& out) {
    QPdfWriter pdf(&out);
    pdf.setTitle(toQString(design.info().title));
    pdf.setCreator(QStringLiteral("Archboard"));
    // One canvas unit is one point: the page is the drawing.
    pdf.setResolution(72);
    pdf.setPageSize(QPageSize(source.size(), QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    render(scene, pdf, source, QRectF(QPointF(0, 0), source.size()));
    return {};
}

QString writeFormat(ExportFormat format, CanvasScene& scene, const Design& design,
                    const QRectF& source, QIODevice& out, const ExportOptions& options) {
    switch (format) {
    case ExportFormat::Svg:
        return writeStructuredSvg(scene, toQString(design.info().title), source, out);
    case ExportFormat::Png:
        return exportPng(scene, source, out, options);
    case ExportFormat::Pdf:
        return exportPdf(scene, design, source, out);
    }
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

QString exportDesign(const Design& design, const QString& path, double scale, bool findings) {
    return exportDesign(design, path, ExportOptions{scale, false, findings});
}

QString exportDesign(const Design& design, const QString& path, const ExportOptions& options) {
    const double scale = options.scale;
    const auto format = exportFormatFor(path);
    if (!format)
        return tr("%1: unknown picture format; use .svg, .png or .pdf").arg(path);
    if (!(scale > 0 && scale <= kMaxScale))
        return tr("scale %1 is out of range (above 0, at most %2)").arg(scale).arg(kMaxScale);

    CanvasStyle style = CanvasStyle::light();
    if (options.transparent && *format == ExportFormat::Png)
        style.background = Qt::transparent; // cards keep their own fill
    CanvasScene scene(design, style);
    scene.setExporting(true);
    if (options.findings)
        scene.setFindingMarks(FindingMarks::fromFindings(critique(design.data())));
    QRectF source = scene.contentRect();
    if (source.isEmpty())
        source = QRectF(0, 0, 1, 1);
    source.adjust(-kMargin, -kMargin, kMargin, kMargin);
    // Whole canvas units, so the picture's size is exact.
    source = QRectF(source.toAlignedRect());
    if (*format == ExportFormat::Png) {
        const QSize size = (source.size() * scale).toSize();
        if (static_cast<qint64>(size.width()) * size.height() > kMaxPixels)
            return tr("the picture would be %1 x %2 pixels; choose a smaller scale")
                .arg(size.width())
                .arg(size.height());
    }

    // Drawn into memory first: Qt's PNG and PDF writers make many small
    // writes, and a buffered device can lose the error of the last one.
    QBuffer drawing;
    drawing.open(QIODevice::WriteOnly);
    if (const QString error = writeFormat(*format, scene, design, source, drawing, options);
        !error.isEmpty())
        return error;
    // Written completely or not at all: a temporary file beside `path`,
    // synced and renamed over it by commit(); dropped on any error, so an
    // earlier export of the same name stays as it was. Unbuffered, so a
    // failed write is seen by write() itself.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return tr("could not write: %1").arg(file.errorString());
    // A short write is retried: the next one fails with the reason.
    const QByteArray& bytes = drawing.data();
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            const QString why = file.errorString();
            file.cancelWriting();
            return tr("could not write: %1").arg(why);
        }
        done += written;
    }
    if (!file.commit())
        return tr("could not write: %1").arg(file.errorString());
    return {};
}

} // namespace archboard
