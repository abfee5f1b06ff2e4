#pragma once

#include "model/kinds.h"

#include <array>
#include <map>
#include <memory>
#include <QPixmap>

class QPainter;
class QSvgRenderer;

namespace archboard {

struct CanvasStyle;

// The kinds' SVG icons, rendered once per pixel size and reused by every
// card: thousands of cards share twenty-two renderers. A kind without an
// icon gets a drawn fallback (its initials in a frame).
class KindIconCache {
public:
    KindIconCache();
    ~KindIconCache();
    KindIconCache(const KindIconCache&) = delete;
    KindIconCache& operator=(const KindIconCache&) = delete;

    // `vector`: draw the SVG itself (for SVG and PDF export), not a pixmap.
    void paint(QPainter& painter, ComponentKind kind, const QRectF& rect, const CanvasStyle& style,
               bool vector);
    bool hasIcon(ComponentKind kind);

private:
    struct Entry {
        bool loaded = false;
        std::unique_ptr<QSvgRenderer> renderer;
        std::map<int, QPixmap> pixmaps; // by device pixel size
    };
    Entry& entry(ComponentKind kind);

    std::array<Entry, enumCount<ComponentKind>()> m_entries;
};

} // namespace archboard
