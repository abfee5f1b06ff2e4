#include "kindiconcache.h"

#include "canvasstyle.h"
#include "widgets/kindicons.h"
#include "widgets/stringconvert.h"

#include <cmath>
#include <QFile>
#include <QPaintDevice>
#include <QPainter>
#include <QSvgRenderer>

namespace archboard {

namespace {

constexpr int kMaxCachedPixels = 256;

// "load_balancer" -> "LB", "cache" -> "CA".
QString initials(ComponentKind kind) {
    const QString token = toQString(toString(kind));
    const QStringList words = token.split(QLatin1Char('_'));
    QString out;
    if (words.size() > 1)
        for (const QString& word : words.mid(0, 2))
            out += word.left(1);
    else
        out = token.left(2);
    return out.toUpper();
}

void paintFallback(QPainter& painter, ComponentKind kind, const QRectF& rect,
                   const CanvasStyle& style) {
    const QColor colour = style.kindColor(kind);
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5);
    QFont font = style.badgeFont;
    font.setPixelSize(static_cast<int>(rect.height() * 0.42));
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, initials(kind));
}

} // namespace

KindIconCache::KindIconCache() = default;
KindIconCache::~KindIconCache() = default;

KindIconCache::Entry& KindIconCache::entry(ComponentKind kind) {
    Entry& e = m_entries[static_cast<std::size_t>(kind)];
    if (!e.loaded) {
        e.loaded = true;
        // Checked first: a missing icon is expected (fallback), not a warning.
        if (const QString path = kindIconPath(kind); QFile::exists(path)) {
            auto renderer = std::make_unique<QSvgRenderer>(path);
            if (renderer->isValid())
                e.renderer = std::move(renderer);
        }
    }
    return e;
}

bool KindIconCache::hasIcon(ComponentKind kind) {
    return entry(kind).renderer != nullptr;
}

void KindIconCache::paint(QPainter& painter, ComponentKind kind, const QRectF& rect,
                          const CanvasStyle& style, bool vector) {
    Entry& e = entry(kind);
    if (!e.renderer) {
        paintFallback(painter, kind, rect, style);
        return;
    }
    if (vector) {
        e.renderer->render(&painter, rect);
        return;
    }
    const double scale = painter.worldTransform().m11() *
                         (painter.device() ? painter.device()->devicePixelRatioF() : 1.0);
    const int pixels =
        std::clamp(static_cast<int>(std::lround(rect.width() * scale)), 1, kMaxCachedPixels);
    QPixmap& pixmap = e.pixmaps[pixels];
    if (pixmap.isNull()) {
        QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter imagePainter(&image);
        e.renderer->render(&imagePainter, QRectF(0, 0, pixels, pixels));
        imagePainter.end();
        pixmap = QPixmap::fromImage(image);
    }
    painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()));
}

} // namespace archboard
